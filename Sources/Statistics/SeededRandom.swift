import CGSL

/// GSL's Mersenne Twister (`gsl_rng_mt19937`) with a fixed seed: the same seed gives the same
/// stream on every machine, so bootstrap intervals and permutation tests are reproducible.
public final class SeededRandom {
    private let generator: UnsafeMutablePointer<gsl_rng>
    /// The seed it was started with.
    public let seed: UInt

    /// A generator started at `seed`. Throws only when GSL cannot allocate it (out of memory).
    public init(seed: UInt) throws {
        GSLRuntime.prepare()
        guard let generator = gsl_rng_alloc(gsl_rng_mt19937) else {
            throw StatisticsError.undefined("GSL could not allocate a random number generator")
        }
        self.generator = generator
        self.seed = seed
        gsl_rng_set(generator, seed)
    }

    deinit {
        gsl_rng_free(generator)
    }

    /// A uniform integer in 0..<n (n ≥ 1).
    public func integer(below n: Int) -> Int {
        guard n > 1 else { return 0 }
        return Int(gsl_rng_uniform_int(generator, UInt(n)))
    }

    /// A uniform double in [0, 1).
    public func uniform() -> Double {
        gsl_rng_uniform(generator)
    }

    /// The elements of `values` in a random order (Fisher–Yates with this generator).
    public func shuffled<T>(_ values: [T]) -> [T] {
        var result = values
        var i = result.count - 1
        while i > 0 {
            let j = integer(below: i + 1)
            result.swapAt(i, j)
            i -= 1
        }
        return result
    }
}
