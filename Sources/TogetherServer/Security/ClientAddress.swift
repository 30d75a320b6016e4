import Foundation
import HTTPTypes
import Hummingbird

/// The key rate limits count a client by. Kept in memory only, never logged or stored.
enum ClientAddress {
    static func key(request: Request, context: AppContext, trustProxy: Bool) -> String {
        if trustProxy, let forwarded = request.headers[HTTPField.Name("X-Forwarded-For")!],
            let first = forwarded.split(separator: ",").first
        {
            return first.trimmingCharacters(in: .whitespaces)
        }
        return context.remoteAddress?.ipAddress ?? "local"
    }
}
