/// Removes every piece of metadata from a photo — EXIF, XMP, IPTC, comments, PNG text chunks and
/// eXIf, WebP EXIF and XMP chunks — keeping only what is needed to show the picture (and its colour
/// profile). Works on the bytes in memory: call it before anything is written to disk.
///
/// Not a face detector: whether a face may be shown is the teller's consent, not this code's guess.
public enum PhotoCleaner {
    /// Larger uploads are refused (phones write 3–8 MB photos).
    public static let defaultLimit = 15_000_000

    public struct Cleaned: Sendable, Equatable {
        public let kind: PhotoKind
        public let bytes: [UInt8]
    }

    public static func clean(_ bytes: [UInt8], limit: Int = defaultLimit) throws(PhotoError) -> Cleaned {
        guard !bytes.isEmpty else { throw PhotoError.empty }
        guard bytes.count <= limit else { throw PhotoError.tooLarge(limit: limit) }
        guard let kind = PhotoKind(sniffing: bytes) else { throw PhotoError.unsupportedType }
        switch kind {
        case .jpeg: return Cleaned(kind: kind, bytes: try JPEG.clean(bytes))
        case .png: return Cleaned(kind: kind, bytes: try PNG.clean(bytes))
        case .webp: return Cleaned(kind: kind, bytes: try WebP.clean(bytes))
        }
    }
}
