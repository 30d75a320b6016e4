/// A Likert item read two ways: the mean, and the share in its top two boxes ("agree" and "strongly
/// agree" on 1–5). Reporting both shows whether a message moved people across the line.
public enum TopBox {
    /// 1 for the top two points of a scale ending at `top`, 0 for the others; missing stays missing.
    public static func topTwo(_ values: [Double?], top: Double) -> [Double?] {
        values.map { value in value.map { $0 >= top - 1 ? 1 : 0 } }
    }
}
