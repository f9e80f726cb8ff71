/// Two-sample tests whose unit is the document: every variable (a term's rate, say) is
/// measured once per document, and the documents, not the tokens, are the observations
/// (Lijffijt et al. 2016, "Significance testing of word frequencies in corpora", Digital
/// Scholarship in the Humanities 31(2)).
public enum DocumentTests {
    /// The running sums of one variable over one sample of documents, for Welch's t-test
    /// without holding the values: the count of documents, Σx and Σx². Documents where the
    /// variable is 0 add only to the count.
    public struct Moments: Sendable, Equatable {
        public var count = 0
        public var sum = 0.0
        public var sumOfSquares = 0.0

        public init() {}

        /// Moments of `count` values whose non-zero ones sum to `sum` with squares `sumOfSquares`.
        public init(count: Int, sum: Double, sumOfSquares: Double) {
            self.count = count
            self.sum = sum
            self.sumOfSquares = sumOfSquares
        }

        public mutating func add(_ value: Double) {
            count += 1
            sum += value
            sumOfSquares += value * value
        }

        public var mean: Double { count > 0 ? sum / Double(count) : 0 }

        /// The sample variance (n − 1 in the denominator); 0 for fewer than two values.
        public var variance: Double {
            guard count >= 2 else { return 0 }
            return max(0, (sumOfSquares - sum * sum / Double(count)) / Double(count - 1))
        }
    }

    /// Welch's t-test of two samples given by their moments (see `MeanComparison.welchT`);
    /// nil when a sample has fewer than two documents or both have zero variance.
    public static func welch(_ x: Moments, _ y: Moments) throws -> TestResult? {
        guard x.count >= 2, y.count >= 2 else { return nil }
        return try? MeanComparison.welchT(meanX: x.mean, varianceX: x.variance, countX: x.count,
                                          meanY: y.mean, varianceY: y.variance, countY: y.count)
    }

    /// The bootstrap test of Lijffijt et al. for many variables at once: each resample draws
    /// |X| documents with replacement from sample X and |Y| from sample Y (seeded), and every
    /// variable's mean over the drawn documents is compared. With h the resamples so far where
    /// X's mean exceeds Y's (ties count ½) and m = min(h, r − h) after r resamples, the two-sided
    /// p is min(1, 2 · (1 + m) / (R + 1)) after all R resamples.
    ///
    /// Sequential stopping (Besag and Clifford 1991, "Sequential Monte Carlo p-values",
    /// Biometrika 78(2)): a variable stops once m reaches `stopAfter`, with p = min(1, 2 · m / r):
    /// clearly large p-values cost a few resamples, small ones get all R. The draws are shared by
    /// all variables, so the result does not depend on which others are tested.
    ///
    /// `values[k]` lists the documents where variable k is not 0, with its value. Documents
    /// are numbered 0..<documents; `x` and `y` list the documents of the two samples (others
    /// take no part). Costs R × (|X| + |Y|) draws plus the non-zero values of the variables
    /// still running.
    public static func bootstrap(values: [[(document: Int32, value: Float)]], documents: Int, x: [Int], y: [Int],
                                 resamples: Int, seed: UInt, stopAfter: Int = 10) throws -> [Double] {
        guard !x.isEmpty, !y.isEmpty else {
            throw StatisticsError.tooFewValues("a bootstrap test needs documents in both samples")
        }
        try Distributions.check(resamples >= 1, "resamples \(resamples) must be at least 1")
        try Distributions.check(stopAfter >= 1, "stopAfter \(stopAfter) must be at least 1")
        try Distributions.check((x + y).allSatisfy { $0 >= 0 && $0 < documents }, "a document lies outside 0..<\(documents)")
        let random = try SeededRandom(seed: seed)
        // What one draw of each document adds to X's mean minus Y's (0 outside the samples).
        var scale = [Double](repeating: 0, count: documents)
        for d in x { scale[d] = 1 / Double(x.count) }
        for d in y { scale[d] = -1 / Double(y.count) }
        // Resamples are drawn eight at a time; lane j of document d holds what the document
        // adds in the j-th resample of the batch (its draws times its scale). Every variable
        // then sums the eight lanes in one pass over its values, each lane in the order of the
        // values, so each resample's sum is computed exactly as it would be on its own.
        let lanes = 8
        var weights = [Int32](repeating: 0, count: documents)
        var contributions = [SIMD8<Double>](repeating: .zero, count: documents)
        var above = [Double](repeating: 0, count: values.count)
        var p = [Double](repeating: .nan, count: values.count)
        var running = Array(values.indices)
        var r = 0
        while r < resamples, !running.isEmpty {
            let batch = min(lanes, resamples - r)
            for j in 0..<batch {
                for d in x { weights[d] = 0 }
                for d in y { weights[d] = 0 }
                for _ in 0..<x.count { weights[x[random.integer(below: x.count)]] += 1 }
                for _ in 0..<y.count { weights[y[random.integer(below: y.count)]] += 1 }
                for d in x { contributions[d][j] = Double(weights[d]) * scale[d] }
                for d in y { contributions[d][j] = Double(weights[d]) * scale[d] }
            }
            var still: [Int] = []
            still.reserveCapacity(running.count)
            contributions.withUnsafeBufferPointer { contributions in
                for k in running {
                    var sums = SIMD8<Double>.zero
                    for entry in values[k] {
                        sums += contributions[Int(entry.document)] * SIMD8(repeating: Double(entry.value))
                    }
                    var done = false
                    for j in 0..<batch {
                        let difference = sums[j]
                        if difference > 0 { above[k] += 1 } else if difference == 0 { above[k] += 0.5 }
                        let drawn = Double(r + j + 1)
                        let m = min(above[k], drawn - above[k])
                        if m >= Double(stopAfter) {
                            p[k] = min(1, 2 * m / drawn)
                            done = true
                            break
                        }
                    }
                    if !done { still.append(k) }
                }
            }
            r += batch
            running = still
        }
        for k in running {
            let m = min(above[k], Double(r) - above[k])
            p[k] = min(1, 2 * (1 + m) / Double(r + 1))
        }
        return p
    }

    /// Gries' DP (deviation of proportions) of a variable over the documents of a sample:
    /// ½ Σ |v_d − s_d|, where v_d is document d's share of the variable's total and s_d its
    /// share of the sample's tokens. 0: spread as evenly as the documents' sizes; towards 1:
    /// all in one small document. `counts` lists the documents where the count is not 0, with
    /// the count and the document's tokens; `tokens` is the sample's total.
    public static func deviationOfProportions(counts: [(count: Int, tokens: Int)], tokens: Int) -> Double? {
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0, tokens > 0 else { return nil }
        var deviation = 0.0, covered = 0.0
        for entry in counts {
            let expected = Double(entry.tokens) / Double(tokens)
            deviation += abs(Double(entry.count) / Double(total) - expected)
            covered += expected
        }
        return 0.5 * (deviation + max(0, 1 - covered))
    }
}
