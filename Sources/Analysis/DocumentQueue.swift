import Corpus
import Foundation

/// The documents between the reading thread and the workers: a bounded first-in-first-out
/// queue (by count and by bytes, so that memory stays bounded whatever the document sizes),
/// with a count of documents processed and the first failure of a worker.
final class DocumentQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var documents: [Document] = []
    private var head = 0
    private var bytes = 0
    private var closed = false
    private var exited = 0
    private let maximumDocuments: Int
    private let maximumBytes: Int
    private(set) var failure: Error?
    private var processedCount = 0

    init(maximumDocuments: Int, maximumBytes: Int) {
        self.maximumDocuments = maximumDocuments
        self.maximumBytes = maximumBytes
    }

    /// Documents processed so far.
    var processed: Int {
        condition.lock()
        defer { condition.unlock() }
        return processedCount
    }

    /// Adds `document`, waiting while the queue is full. Throws a worker's failure.
    func put(_ document: Document) throws {
        let size = document.text.utf8.count
        condition.lock()
        defer { condition.unlock() }
        while failure == nil, documents.count - head > 0,
              documents.count - head >= maximumDocuments || bytes + size > maximumBytes {
            condition.wait()
        }
        if let failure { throw failure }
        if head > 1024 {
            documents.removeFirst(head)
            head = 0
        }
        documents.append(document)
        bytes += size
        condition.broadcast()
    }

    /// The next document, waiting for one; nil when the queue is closed and empty, or a worker failed.
    func next() -> Document? {
        condition.lock()
        defer { condition.unlock() }
        while head == documents.count && !closed && failure == nil { condition.wait() }
        guard failure == nil, head < documents.count else {
            exited += 1
            condition.broadcast()
            return nil
        }
        let document = documents[head]
        head += 1
        bytes -= document.text.utf8.count
        condition.broadcast()
        return document
    }

    func finished(_ count: Int) {
        condition.lock()
        processedCount += count
        condition.unlock()
    }

    func fail(_ error: Error) {
        condition.lock()
        if failure == nil { failure = error }
        exited += 1
        condition.broadcast()
        condition.unlock()
    }

    /// No more documents will come.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until `count` workers have left their loops.
    func waitForWorkers(_ count: Int) {
        condition.lock()
        while exited < count { condition.wait() }
        condition.unlock()
    }
}
