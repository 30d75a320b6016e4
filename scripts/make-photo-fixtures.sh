#!/usr/bin/env bash
# Makes the photo fixtures in Tests/PhotosTests/Fixtures: tiny pictures carrying a GPS position, a
# name and an address in EXIF, XMP, IPTC and comments, so tests can prove all of it goes.
# Needs Pillow (PyPI) and exiftool (Debian libimage-exiftool-perl). The committed files were made with it.
set -euo pipefail
cd "$(dirname "$0")/../Tests/PhotosTests/Fixtures"
python3 - <<'PY'
from PIL import Image
img = Image.new("RGB", (16, 16))
for x in range(16):
    for y in range(16):
        img.putpixel((x, y), (x * 16, y * 16, 128))
img.save("gps.jpg", quality=80)
img.save("gps.png")
img.save("gps.webp", quality=80)
PY
for f in gps.jpg gps.png gps.webp; do
    exiftool -q -overwrite_original -EXIF:GPSLatitude=52.5200 -EXIF:GPSLatitudeRef=N -EXIF:GPSLongitude=13.4050 \
        -EXIF:GPSLongitudeRef=E -EXIF:Artist="Amal Haddad" -XMP:GPSLatitude="52.5200 N" -XMP:GPSLongitude="13.4050 E" \
        -XMP:Creator="Amal Haddad" "$f"
done
exiftool -q -overwrite_original -IPTC:City=Berlin -IPTC:Sub-location="14 Elm Grove" -IPTC:By-line="Amal Haddad" \
    -Comment="taken at 14 Elm Grove" gps.jpg
exiftool -q -overwrite_original -PNG:Comment="taken at 14 Elm Grove" gps.png
