/// 文本指纹 — a MinHash signature of a text's character shingles (one-permutation hashing with densification), whose
/// agreement with another signature estimates the Jaccard similarity of the two shingle sets.
public struct MinHashSignature: Hashable, Sendable {
    /// The number of slots in a signature (16 bands of 4 for locality-sensitive hashing).
    public static let length = 64
    /// One minimum per slot.
    public private(set) var slots: [UInt64]

    /// The signature of `text`'s `shingleLength`-character shingles, after dropping whitespace and punctuation.
    public init(_ text: String, shingleLength: Int = 2) {
        let characters = Self.normalized(text)
        var slots = [UInt64](repeating: .max, count: Self.length)
        let width = max(1, min(shingleLength, characters.count))
        if !characters.isEmpty {
            for start in 0...(characters.count - width) {
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                for scalar in characters[start..<start + width] {
                    hash = (hash ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3
                }
                hash = Self.mix(hash)
                let slot = Int(hash >> 58)
                let value = hash & 0x03FF_FFFF_FFFF_FFFF
                if value < slots[slot] { slots[slot] = value }
            }
        }
        // Densification: an empty slot borrows the next filled slot's value, re-hashed by the distance borrowed.
        if slots.contains(.max) && slots.contains(where: { $0 != .max }) {
            let filled = slots
            for slot in 0..<Self.length where filled[slot] == .max {
                var distance = 1
                while filled[(slot + distance) % Self.length] == .max { distance += 1 }
                slots[slot] = Self.mix(filled[(slot + distance) % Self.length] &+ UInt64(distance)) & 0x03FF_FFFF_FFFF_FFFF
            }
        }
        self.slots = slots
    }

    /// The estimated Jaccard similarity: the share of slots that agree.
    public func similarity(to other: MinHashSignature) -> Double {
        var agree = 0
        for slot in 0..<Self.length where slots[slot] == other.slots[slot] { agree += 1 }
        return Double(agree) / Double(Self.length)
    }

    /// The number of bands, and of slots in each.
    static let bands = 16
    static let rows = 4

    /// The hash of band `band` (4 slots), the key under which similar texts meet.
    func bandKey(_ band: Int) -> UInt64 {
        var hash: UInt64 = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
        for slot in band * Self.rows..<band * Self.rows + Self.rows { hash = Self.mix(hash ^ slots[slot]) }
        return hash
    }

    /// Unicode scalars of the text without whitespace and punctuation (。，、；：“”（）etc.).
    static func normalized(_ text: String) -> [UInt32] {
        var kept: [UInt32] = []
        kept.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // Han characters, ASCII letters and digits are kept without consulting the Unicode tables.
            let fast = (0x4E00...0x9FFF).contains(value) || (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            if fast || (!scalar.properties.isWhitespace && !scalar.properties.generalCategory.isPunctuation) { kept.append(value) }
        }
        return kept
    }

    /// A 64-bit finalizer (SplitMix64).
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Unicode.GeneralCategory {
    /// Whether the category is one of the punctuation categories.
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }
}
