import Foundation

/// Where a story happens, never finer than a region or city: no street, camp block or postcode.
public struct Place: Sendable, Equatable, Codable {
    /// ISO 3166-1 alpha-2, upper case.
    public let country: String
    public let region: String?

    public init(country: String, region: String? = nil) {
        self.country = country
        self.region = region
    }

    /// Every ISO 3166-1 alpha-2 code the platform knows.
    public static let countryCodes: Set<String> = Set(
        Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) })

    /// Digits in a place name usually mean a street number, postcode or camp block: too precise to be safe.
    static func isCoarse(_ region: String) -> Bool {
        !region.contains(where: \.isNumber) && region.count <= 80
    }
}
