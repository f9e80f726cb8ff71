#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a corpus folder, listed recursively with `lstat` (no link is followed
/// while listing) in byte order of their paths. Hidden files and folders are left out.
/// What cannot be used is listed too, with the true reason, so that the run can say so:
/// a folder that cannot be opened, a FIFO, socket or device, a link that leaves the corpus
/// or points to a folder, a broken link.
struct CorpusFolderListing {
    /// One listed path.
    struct Item {
        /// The path relative to the root, as bytes (a file name need not be UTF-8).
        let rawRelativePath: [UInt8]
        /// The same path for messages and ids (`FileNameText.display`).
        let relativePath: String
        /// The size from `stat` (of the link's target for a link), 0 for a problem.
        let size: Int
        /// Why the path is not read, or nil for a regular file to read.
        let problem: (reason: SkippedFile.Reason, detail: String)?
    }

    /// Every regular file and every problem, sorted by path bytes.
    private(set) var items: [Item] = []

    /// Lists `root` (a folder path). Throws `CorpusError.corpusNotReadable` when the root
    /// itself cannot be opened.
    init(root: String) throws {
        let resolvedRoot = CorpusPath.resolved(root)
        let rootBytes = Array(resolvedRoot.utf8)
        guard let directory = Self.openDirectory(rootBytes) else {
            throw CorpusError.corpusNotReadable(path: root, reason: String(cString: strerror(errno)))
        }
        closedir(directory)
        // Folders still to list, by path: one folder is open at a time, however many there are.
        var pending: [[UInt8]] = [[]]
        var rootPrefix = rootBytes
        if rootPrefix.last != UInt8(ascii: "/") { rootPrefix.append(UInt8(ascii: "/")) }
        while let relativeFolder = pending.popLast() {
            guard let handle = Self.openDirectory(relativeFolder.isEmpty ? rootBytes : rootPrefix + relativeFolder) else {
                let reason = errno == EACCES || errno == EPERM ? "permission denied" : String(cString: strerror(errno))
                items.append(Self.problem(relativeFolder, .unreadableFolder,
                    "a folder that cannot be opened (\(reason)); its files are not read; fix its permissions or move it out"))
                continue
            }
            while let entry = readdir(handle) {
                let name = Self.name(of: entry)
                if name.first == UInt8(ascii: ".") { continue }   // hidden, and . and ..
                let relative = relativeFolder.isEmpty ? name : relativeFolder + [UInt8(ascii: "/")] + name
                let absolute = rootPrefix + relative
                var info = Glibc.stat()
                guard Self.lstatPath(absolute, &info) else {
                    items.append(Self.problem(relative, .unreadable, "cannot be examined (\(String(cString: strerror(errno)))); check its permissions"))
                    continue
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(relative)
                case S_IFREG:
                    items.append(Item(rawRelativePath: relative, relativePath: FileNameText.display(relative), size: Int(info.st_size), problem: nil))
                case S_IFLNK:
                    items.append(Self.link(relative, absolute: absolute, resolvedRootPrefix: rootPrefix))
                default:
                    items.append(Self.problem(relative, .notRegularFile,
                        "not read: \(RegularFile.kindName(mode: info.st_mode)), not a regular file; remove it from the corpus folder"))
                }
            }
            closedir(handle)
        }
        items.sort { $0.rawRelativePath.lexicographicallyPrecedes($1.rawRelativePath) }
    }

    private static func problem(_ relative: [UInt8], _ reason: SkippedFile.Reason, _ detail: String) -> Item {
        Item(rawRelativePath: relative, relativePath: FileNameText.display(relative), size: 0, problem: (reason, detail))
    }

    /// A symbolic link: read when it resolves to a regular file inside the corpus.
    private static func link(_ relative: [UInt8], absolute: [UInt8], resolvedRootPrefix: [UInt8]) -> Item {
        var info = Glibc.stat()
        guard statPath(absolute, &info) else {
            switch errno {
            case ELOOP:
                return problem(relative, .unreadable, "a link in a loop of links; fix or remove it")
            case EACCES, EPERM:
                return problem(relative, .permissionDenied, "a link whose target cannot be reached: permission denied; check the permissions of its folders")
            default:
                return problem(relative, .unreadable, "a broken link (its target does not exist); fix or remove it")
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            guard let target = realPath(absolute), (target + [UInt8(ascii: "/")]).starts(with: resolvedRootPrefix) else {
                return problem(relative, .linkOutsideCorpus,
                               "a link to a file outside the corpus folder is not read; copy the file into the folder")
            }
            return Item(rawRelativePath: relative, relativePath: FileNameText.display(relative), size: Int(info.st_size), problem: nil)
        case S_IFDIR:
            return problem(relative, .notRegularFile,
                           "a link to a folder is not followed (its files are read where they are); remove the link or copy the folder in")
        default:
            return problem(relative, .notRegularFile,
                           "a link to \(RegularFile.kindName(mode: info.st_mode)), not to a regular file; remove it from the corpus folder")
        }
    }

    // MARK: - POSIX calls on byte paths

    private static func cString(_ path: [UInt8]) -> [CChar] {
        path.map { CChar(bitPattern: $0) } + [0]
    }

    private static func openDirectory(_ path: [UInt8]) -> OpaquePointer? {
        cString(path).withUnsafeBufferPointer { opendir($0.baseAddress!) }
    }

    private static func lstatPath(_ path: [UInt8], _ info: inout Glibc.stat) -> Bool {
        cString(path).withUnsafeBufferPointer { fstatat(AT_FDCWD, $0.baseAddress!, &info, AT_SYMLINK_NOFOLLOW) } == 0
    }

    private static func statPath(_ path: [UInt8], _ info: inout Glibc.stat) -> Bool {
        cString(path).withUnsafeBufferPointer { fstatat(AT_FDCWD, $0.baseAddress!, &info, 0) } == 0
    }

    private static func realPath(_ path: [UInt8]) -> [UInt8]? {
        guard let pointer = cString(path).withUnsafeBufferPointer({ realpath($0.baseAddress!, nil) }) else { return nil }
        defer { free(pointer) }
        return Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)))
    }

    private static func name(of entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in
            Array(raw.prefix { $0 != 0 })
        }
    }
}
