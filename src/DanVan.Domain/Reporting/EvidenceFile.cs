using System.IO.Compression;
using System.Text;

namespace DanVan.Domain.Reporting;

public enum EvidenceType
{
    Pdf,
    Docx,
    Xlsx,
    Jpeg,
    Png,
}

/// <summary>Rules for evidence files: the type comes from the content, never from the name.</summary>
public static class EvidenceFile
{
    public const int DisplayNameLength = 200;

    public static string ContentType(EvidenceType type) => type switch
    {
        EvidenceType.Pdf => "application/pdf",
        EvidenceType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        EvidenceType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        EvidenceType.Jpeg => "image/jpeg",
        _ => "image/png",
    };

    /// <summary>Recognises PDF, DOCX, XLSX, JPEG and PNG by their bytes; anything else is null. The stream must be seekable.</summary>
    public static EvidenceType? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        head = head[..read];
        if (head.StartsWith("%PDF-"u8))
        {
            return EvidenceType.Pdf;
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return EvidenceType.Png;
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return EvidenceType.Jpeg;
        }

        return head.StartsWith("PK\u0003\u0004"u8) ? DetectOfficeDocument(content) : null;
    }

    /// <summary>The file name extensions of a type, the usual one first.</summary>
    public static IReadOnlyList<string> Extensions(EvidenceType type) => type switch
    {
        EvidenceType.Pdf => [".pdf"],
        EvidenceType.Docx => [".docx"],
        EvidenceType.Xlsx => [".xlsx"],
        EvidenceType.Jpeg => [".jpg", ".jpeg"],
        _ => [".png"],
    };

    /// <summary>
    /// The name an attachment is stored and served under: <see cref="SafeDisplayName"/> with the extension of the type its
    /// content is, so that a name never promises another type ("evidence.pdf.exe" with PDF content → "evidence.pdf", "x.html"
    /// → "x.pdf", "ảnh.pdf" with PNG content → "ảnh.png", "biên bản" → "biên bản.pdf").
    /// </summary>
    public static string NameFor(string? fileName, EvidenceType type)
    {
        var name = SafeDisplayName(fileName);
        var wanted = Extensions(type);
        bool Fits(string candidate) => wanted.Contains(Path.GetExtension(candidate), StringComparer.OrdinalIgnoreCase);
        if (Fits(name))
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        var stem = extension.Length is > 1 and <= 6 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? name[..^extension.Length] : name;
        if (Fits(stem))
        {
            return stem;
        }

        stem = stem.Length == 0 ? "tep-dinh-kem" : stem;
        var room = DisplayNameLength - wanted[0].Length;
        return (stem.Length <= room ? stem : stem[^room..]) + wanted[0];
    }

    /// <summary>The name to show and to offer on download: no folders, no control or reserved characters, NFC.</summary>
    public static string SafeDisplayName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/')).Normalize(NormalizationForm.FormC);
        var cleaned = new string(name.Where(c => !char.IsControl(c) && c is not ('/' or ':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray()).Trim().TrimStart('.');
        if (cleaned.Length == 0)
        {
            return "tep-dinh-kem";
        }

        return cleaned.Length <= DisplayNameLength ? cleaned : cleaned[^DisplayNameLength..];
    }

    private static EvidenceType? DetectOfficeDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return names.Contains("word/document.xml") ? EvidenceType.Docx : names.Contains("xl/workbook.xml") ? EvidenceType.Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
