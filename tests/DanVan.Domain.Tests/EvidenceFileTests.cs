using System.IO.Compression;
using System.Text;
using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests;

public class EvidenceFileTests
{
    private static readonly DateTime Now = Build.Now.UtcDateTime;

    private static readonly AttachmentLimits Limits = new(MaxFileBytes: 1000, MaxReportBytes: 2500);

    public static TheoryData<byte[], EvidenceType> AcceptedContent() => new()
    {
        { "%PDF-1.4\n%âãÏÓ\n1 0 obj\n"u8.ToArray(), EvidenceType.Pdf },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], EvidenceType.Png },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46], EvidenceType.Jpeg },
        { Zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"), EvidenceType.Docx },
        { Zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"), EvidenceType.Xlsx },
        { "%PDF-"u8.ToArray(), EvidenceType.Pdf },
        { [0xFF, 0xD8, 0xFF], EvidenceType.Jpeg },
    };

    public static TheoryData<byte[]> RefusedContent() => new()
    {
        Array.Empty<byte>(),
        "MZ"u8.ToArray(),
        new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00 },
        "Biên bản họp tổ dân phố"u8.ToArray(),
        "%PD"u8.ToArray(),
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D },
        Zip("[Content_Types].xml", "ppt/presentation.xml"),
        Zip("word/document.xml"),
        Zip("xl/workbook.xml"),
        Zip("readme.txt"),
        new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0xDE, 0xAD, 0xBE, 0xEF },
    };

    [Theory]
    [MemberData(nameof(AcceptedContent))]
    public void Detect_recognises_each_accepted_type_from_its_bytes_and_rewinds_the_stream(byte[] content, EvidenceType expected)
    {
        using var stream = new MemoryStream(content);
        stream.Position = content.Length / 2;

        Assert.Equal(expected, EvidenceFile.Detect(stream));
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [MemberData(nameof(RefusedContent))]
    public void Detect_refuses_empty_short_executable_text_and_zips_that_are_neither_docx_nor_xlsx(byte[] content)
    {
        using var stream = new MemoryStream(content);

        Assert.Null(EvidenceFile.Detect(stream));
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData("..\\..\\evil.pdf", "evil.pdf")]
    [InlineData("../../../etc/passwd", "passwd")]
    [InlineData("a/b/c.pdf", "c.pdf")]
    [InlineData("C:\\Users\\cán bộ\\Tờ trình số 12.docx", "Tờ trình số 12.docx")]
    [InlineData("bi\u0000ên\u0007 bản\r\n.pdf", "biên bản.pdf")]
    [InlineData("hồ<sơ>|\"mật\"?*.pdf", "hồsơmật.pdf")]
    [InlineData("  Biên bản đối thoại.pdf  ", "Biên bản đối thoại.pdf")]
    [InlineData("...ẩn.pdf", "ẩn.pdf")]
    [InlineData("..", "tep-dinh-kem")]
    [InlineData("\u0001\u0002", "tep-dinh-kem")]
    [InlineData("", "tep-dinh-kem")]
    [InlineData(null, "tep-dinh-kem")]
    public void SafeDisplayName_drops_folders_control_and_reserved_characters_and_keeps_Vietnamese(string? sent, string expected)
    {
        Assert.Equal(expected, EvidenceFile.SafeDisplayName(sent));
    }

    [Theory]
    [InlineData("evidence.pdf.exe", EvidenceType.Pdf, "evidence.pdf")]
    [InlineData("x.html", EvidenceType.Pdf, "x.pdf")]
    [InlineData("img.pdf", EvidenceType.Png, "img.png")]
    [InlineData("Ảnh hội nghị.JPEG", EvidenceType.Jpeg, "Ảnh hội nghị.JPEG")]
    [InlineData("Ảnh hội nghị.jpg", EvidenceType.Jpeg, "Ảnh hội nghị.jpg")]
    [InlineData("Số liệu.xlsx", EvidenceType.Docx, "Số liệu.docx")]
    [InlineData("Biên bản", EvidenceType.Pdf, "Biên bản.pdf")]
    [InlineData("Báo cáo Q.IV năm 2026", EvidenceType.Pdf, "Báo cáo Q.IV năm 2026.pdf")]
    [InlineData("..", EvidenceType.Png, "tep-dinh-kem.png")]
    [InlineData(".pdf", EvidenceType.Pdf, "pdf.pdf")]
    public void NameFor_gives_the_name_the_extension_of_the_type_the_content_is(string sent, EvidenceType type, string expected)
    {
        Assert.Equal(expected, EvidenceFile.NameFor(sent, type));
    }

    [Fact]
    public void NameFor_keeps_a_long_name_within_the_limit_with_its_extension()
    {
        var name = EvidenceFile.NameFor(new string('ư', 500) + ".exe", EvidenceType.Pdf);

        Assert.Equal(EvidenceFile.DisplayNameLength, name.Length);
        Assert.EndsWith("ư.pdf", name, StringComparison.Ordinal);
    }

    [Fact]
    public void SafeDisplayName_composes_decomposed_Vietnamese_into_NFC()
    {
        var decomposed = "Biên bản đối thoại.pdf".Normalize(NormalizationForm.FormD);
        Assert.False(decomposed.IsNormalized(NormalizationForm.FormC));

        var name = EvidenceFile.SafeDisplayName(decomposed);

        Assert.Equal("Biên bản đối thoại.pdf".Normalize(NormalizationForm.FormC), name);
        Assert.True(name.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void SafeDisplayName_caps_the_length_and_keeps_the_extension()
    {
        var name = EvidenceFile.SafeDisplayName(new string('ư', 500) + ".xlsx");

        Assert.Equal(EvidenceFile.DisplayNameLength, name.Length);
        Assert.EndsWith("ư.xlsx", name, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAttachment_keeps_the_cleaned_name_and_a_generated_stored_name_and_renews_the_row_version()
    {
        var report = Build.Report();
        var line = report.Lines.First();
        var rowVersion = report.RowVersion;

        var attachment = report.AddAttachment(line, "..\\Biên bản.pdf", EvidenceType.Pdf, 1000, Limits, Build.Staff, Now);

        Assert.Same(attachment, Assert.Single(report.Attachments));
        Assert.Same(line, attachment.Line);
        Assert.Equal("Biên bản.pdf", attachment.FileName);
        Assert.Matches("^[0-9a-f]{32}$", attachment.StoredName);
        Assert.Equal((EvidenceType.Pdf, 1000L), (attachment.Type, attachment.SizeBytes));
        Assert.Equal((Build.Staff.UserId, Build.Staff.Name, Now), (attachment.UploadedByUserId, attachment.UploadedByName, attachment.UploadedAtUtc));
        Assert.NotEqual(rowVersion, report.RowVersion);
        Assert.NotEqual(attachment.StoredName, report.AddAttachment(null, "Biên bản.pdf", EvidenceType.Pdf, 10, Limits, Build.Staff, Now).StoredName);
    }

    [Theory]
    [InlineData(0, "attachment.empty")]
    [InlineData(-1, "attachment.empty")]
    [InlineData(1001, "attachment.tooLarge")]
    public void AddAttachment_refuses_empty_and_oversized_files(long size, string code)
    {
        var report = Build.Report();

        var ex = Assert.Throws<DomainException>(() => report.AddAttachment(null, "tệp.pdf", EvidenceType.Pdf, size, Limits, Build.Staff, Now));

        Assert.Equal(code, ex.Code);
        Assert.Empty(report.Attachments);
    }

    [Fact]
    public void AddAttachment_refuses_a_file_that_takes_the_report_over_its_total()
    {
        var report = Build.Report();
        report.AddAttachment(null, "một.pdf", EvidenceType.Pdf, 1000, Limits, Build.Staff, Now);
        report.AddAttachment(null, "hai.pdf", EvidenceType.Pdf, 1000, Limits, Build.Staff, Now);
        report.AddAttachment(null, "ba.pdf", EvidenceType.Pdf, 500, Limits, Build.Staff, Now);

        var ex = Assert.Throws<DomainException>(() => report.AddAttachment(null, "bốn.pdf", EvidenceType.Pdf, 1, Limits, Build.Staff, Now));

        Assert.Equal("attachment.reportTooLarge", ex.Code);
        Assert.Equal(2500, report.Attachments.Sum(a => a.SizeBytes));
    }

    [Fact]
    public void Default_limits_are_ten_megabytes_a_file_and_fifty_a_report()
    {
        Assert.Equal(new AttachmentLimits(10 * 1024 * 1024, 50 * 1024 * 1024), new AttachmentLimits());
    }

    [Fact]
    public void Attachments_change_only_while_the_report_is_editable()
    {
        var report = Build.Report();
        var attachment = report.AddAttachment(null, "tệp.pdf", EvidenceType.Pdf, 10, Limits, Build.Staff, Now);
        report.Submitted();

        Assert.Equal("report.notEditable", Assert.Throws<DomainException>(() => report.AddAttachment(null, "mới.pdf", EvidenceType.Pdf, 10, Limits, Build.Staff, Now)).Code);
        Assert.Equal("report.notEditable", Assert.Throws<DomainException>(() => report.RemoveAttachment(attachment)).Code);
        Assert.Single(report.Attachments);

        report.Return(Build.Reviewer, "Bổ sung minh chứng", Now.AddHours(1));
        var added = report.AddAttachment(null, "bổ sung.pdf", EvidenceType.Pdf, 10, Limits, Build.Staff, Now.AddHours(2));
        report.AddAttachment(null, "nhầm.pdf", EvidenceType.Pdf, 10, Limits, Build.Staff, Now.AddHours(2));
        report.RemoveAttachment(report.Attachments.Single(a => a.FileName == "nhầm.pdf"));

        // The returned report keeps what it was submitted with: only files attached since can go.
        Assert.Equal("attachment.submitted", Assert.Throws<DomainException>(() => report.RemoveAttachment(attachment)).Code);
        Assert.Equal([attachment, added], report.Attachments);
    }

    [Fact]
    public void Accepted_report_refuses_new_evidence()
    {
        var report = Build.Report().Accepted();

        Assert.Equal("report.notEditable", Assert.Throws<DomainException>(() => report.AddAttachment(null, "tệp.pdf", EvidenceType.Pdf, 10, Limits, Build.Staff, Now)).Code);
    }

    [Fact]
    public void Evidence_belongs_to_a_line_of_the_same_report_and_is_removed_only_from_its_own_report()
    {
        var report = Build.Report();
        var other = Build.Report();
        var foreign = other.AddAttachment(null, "khác.pdf", EvidenceType.Pdf, 10, Limits, Build.Staff, Now);

        Assert.Equal("report.foreignLine", Assert.Throws<DomainException>(() => report.AddAttachment(other.Lines.First(), "tệp.pdf", EvidenceType.Pdf, 10, Limits, Build.Staff, Now)).Code);
        Assert.Equal("attachment.foreign", Assert.Throws<DomainException>(() => report.RemoveAttachment(foreign)).Code);
    }

    [Fact]
    public void Content_types_match_the_detected_type()
    {
        Assert.Equal("application/pdf", EvidenceFile.ContentType(EvidenceType.Pdf));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", EvidenceFile.ContentType(EvidenceType.Docx));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", EvidenceFile.ContentType(EvidenceType.Xlsx));
        Assert.Equal("image/jpeg", EvidenceFile.ContentType(EvidenceType.Jpeg));
        Assert.Equal("image/png", EvidenceFile.ContentType(EvidenceType.Png));
    }

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), Encoding.UTF8);
                writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><root/>");
            }
        }

        return buffer.ToArray();
    }
}
