using System.Globalization;
using System.Text;
using CsvHelper;
using DanVan.Domain.Importing;
using MiniExcelLibs;

namespace DanVan.Web.Importing;

/// <summary>
/// Reads an import file into an <see cref="ImportSheet"/> of text cells: .csv in UTF-8, with or without a byte order
/// mark (Excel's "CSV UTF-8" has one), the separator detected by CsvHelper (commas, or semicolons as Excel writes
/// them in a Vietnamese locale, or tabs); a file in another encoding is refused rather than read as mojibake; .xlsx,
/// its first sheet, with MiniExcel. Values are kept as typed (cleaning and NFC come with the rules); a date cell becomes
/// yyyy-mm-dd and a number its invariant text. Anything else is refused with a code the page shows.
/// </summary>
public static class ImportFileReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public const string NotSupported = "import.fileType";
    public const string Unreadable = "import.unreadable";
    public const string NotUtf8 = "import.notUtf8";
    public const string TooManyRows = "import.tooManyRows";
    public const string Empty = "import.emptyFile";

    public static (ImportSheet? Sheet, string? Error) Read(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var extension = Path.GetExtension(fileName).ToUpperInvariant();
        try
        {
            var rows = extension switch
            {
                ".CSV" => ReadCsv(bytes),
                ".XLSX" => ReadXlsx(bytes),
                _ => null,
            };
            if (rows is null)
            {
                return (null, NotSupported);
            }

            if (rows.Count == 0)
            {
                return (null, Empty);
            }

            if (rows.Count - 1 > ImportSheet.MaxRows)
            {
                return (null, TooManyRows);
            }

            var headers = rows[0].Select(h => h ?? string.Empty).ToList();
            return (new ImportSheet(headers, rows.Skip(1).Select((cells, i) => new ImportSheetRow(i + 2, cells)).ToList()), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, NotUtf8);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A damaged or disguised file can fail anywhere inside the zip, XML and CSV readers: it is simply not readable.
            return (null, Unreadable);
        }
    }

    private static List<string?[]> ReadCsv(byte[] bytes)
    {
        var text = Strict.GetString(bytes).TrimStart('\uFEFF');
        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { HasHeader = false, SkipEmptyLines = false });
        var rows = new List<string?[]>();
        while (reader.Read() && rows.Count <= ImportSheet.MaxRows + 1)
        {
            rows.Add(reader.Current.ToArray());
        }

        return rows;
    }

    private static List<string?[]> ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var rows = new List<string?[]>();
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            rows.Add(row.Values.Select(Text).ToArray());
            if (rows.Count > ImportSheet.MaxRows + 1)
            {
                break;
            }
        }

        return rows;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
