using System.Text;
using DanVan.Domain.Importing;
using DanVan.Web.Importing;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Import;

/// <summary>Files read without HTTP: separators, quoting, row numbers, limits; and every code a page may show has its texts.</summary>
public sealed class ImportFileReaderTests
{
    [Fact]
    public void A_csv_keeps_quoted_commas_and_numbers_rows_as_the_spreadsheet_does_blank_lines_included()
    {
        var (sheet, error) = ImportFileReader.Read(Encoding.UTF8.GetBytes("code,name\r\nA,\"Phường A, cũ\"\r\n\r\nB,Phường B\r\n"), "don-vi.CSV");

        Assert.Null(error);
        Assert.Equal(["code", "name"], sheet!.Headers);
        var rows = sheet.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrEmpty(c))).Select(r => (r.Number, r.Cells[1])).ToList();
        Assert.Equal([(2, "Phường A, cũ"), (4, "Phường B")], rows);
    }

    [Fact]
    public void A_tab_separated_csv_is_read_too()
    {
        var (sheet, _) = ImportFileReader.Read(Encoding.UTF8.GetBytes("email\tfull_name\r\na@b.vn\tAn\r\n"), "a.csv");

        Assert.Equal(["a@b.vn", "An"], sheet!.Rows[0].Cells);
    }

    [Fact]
    public void More_rows_than_allowed_and_an_empty_file_are_refused()
    {
        var many = "email\r\n" + string.Concat(Enumerable.Repeat("x@y.vn\r\n", ImportSheet.MaxRows + 1));

        Assert.Equal(ImportFileReader.TooManyRows, ImportFileReader.Read(Encoding.UTF8.GetBytes(many), "a.csv").Error);
        Assert.Equal(ImportFileReader.Empty, ImportFileReader.Read([], "a.csv").Error);
    }

    [Fact]
    public void Every_problem_and_file_error_code_has_a_Vietnamese_and_an_English_text()
    {
        var codes = typeof(ImportProblems).GetFields().Concat(typeof(ImportFileReader).GetFields())
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!)
            .Concat(["import.expired", "import.alreadyImported", "import.tooLarge"])
            .Concat(Enum.GetNames<ImportKind>().Select(k => $"ImportKind.{k}"))
            .ToList();
        var english = RepositoryFiles.ReadResx(Path.Combine(RepositoryFiles.WebProject, "Resources", "Localization", "SharedResource.resx"));

        Assert.True(codes.Count > 20);
        Assert.DoesNotContain(codes, c => !RepositoryFiles.Vietnamese.ContainsKey(c) || !english.ContainsKey(c));
    }
}
