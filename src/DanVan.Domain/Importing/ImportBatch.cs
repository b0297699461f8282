namespace DanVan.Domain.Importing;

/// <summary>
/// An uploaded import file kept between its dry run and its import, in the database so that any instance can take the
/// second step: the rows as read (<see cref="Content"/>, JSON), the file's name and SHA-256, who uploaded it and when.
/// It can be imported once, within <see cref="Lifetime"/> of the upload; the import clears the rows and, for accounts,
/// keeps the generated passwords encrypted until their one download (<see cref="TakePasswords"/>).
/// </summary>
public sealed class ImportBatch
{
    public const int FileNameLength = 260;
    public const int HashLength = 64;

    /// <summary>How long an upload may wait for its import.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private ImportBatch()
    {
        FileName = string.Empty;
        ContentHash = string.Empty;
        Content = string.Empty;
        UploadedById = string.Empty;
    }

    public Guid Id { get; private set; }

    public ImportKind Kind { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The SHA-256 of the uploaded bytes, hexadecimal: names the file in the audit trail.</summary>
    public string ContentHash { get; private set; }

    /// <summary>The rows as read, until the import; empty afterwards.</summary>
    public string Content { get; private set; }

    public int RowCount { get; private set; }

    public string UploadedById { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>Set once by the import; a concurrency token, so two instances cannot both import the file.</summary>
    public DateTime? ImportedAtUtc { get; private set; }

    public int CreatedCount { get; private set; }

    /// <summary>The generated passwords, encrypted by the caller; null when there were none or once they were taken.</summary>
    public string? ProtectedPasswords { get; private set; }

    /// <summary>Set by the one download of the passwords; a concurrency token, so only one download gets them.</summary>
    public DateTime? PasswordsTakenAtUtc { get; private set; }

    public static ImportBatch Stage(ImportKind kind, string fileName, string contentHash, string content, int rowCount, string uploadedById, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        FileName = Guard.Text(fileName.Split('/', '\\')[^1], FileNameLength, "import.fileName"),
        ContentHash = contentHash,
        Content = content,
        RowCount = rowCount,
        UploadedById = uploadedById,
        UploadedAtUtc = nowUtc,
    };

    public bool IsExpiredAt(DateTime nowUtc) => ImportedAtUtc is null && nowUtc - UploadedAtUtc > Lifetime;

    /// <summary>Records the import of <paramref name="created"/> records and the encrypted passwords, and lets the rows go.</summary>
    public void MarkImported(DateTime nowUtc, int created, string? protectedPasswords)
    {
        if (ImportedAtUtc is not null)
        {
            throw new DomainException("import.alreadyImported");
        }

        if (IsExpiredAt(nowUtc))
        {
            throw new DomainException("import.expired");
        }

        ImportedAtUtc = nowUtc;
        CreatedCount = created;
        ProtectedPasswords = protectedPasswords;
        Content = string.Empty;
    }

    /// <summary>Hands the encrypted passwords over once and forgets them; a second call is refused.</summary>
    public string TakePasswords(DateTime nowUtc)
    {
        if (ProtectedPasswords is not { } passwords)
        {
            throw new DomainException("import.passwordsTaken");
        }

        ProtectedPasswords = null;
        PasswordsTakenAtUtc = nowUtc;
        return passwords;
    }
}
