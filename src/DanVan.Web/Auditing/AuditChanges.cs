using System.Globalization;
using System.Text.Json;

namespace DanVan.Web.Auditing;

/// <summary>One value of an entry, by its path in the JSON ("lines[0].results"), before and after; null where absent.</summary>
public sealed record AuditValue(string Key, string? Before, string? After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}

/// <summary>
/// An entry's before/after JSON as key/value rows side by side: objects and arrays flattened to paths, every key of
/// either side once, in the order they first appear. Text that is not JSON is shown as one value under "(value)".
/// The rows are text; the pages encode them like any other text.
/// </summary>
public static class AuditChanges
{
    public const string WholeValue = "(value)";

    private const int MaxRows = 500;

    public static IReadOnlyList<AuditValue> Of(string? before, string? after)
    {
        var left = Flatten(before);
        var right = Flatten(after);
        return left.Keys.Concat(right.Keys).Distinct(StringComparer.Ordinal).Take(MaxRows)
            .Select(key => new AuditValue(key, left.GetValueOrDefault(key), right.GetValueOrDefault(key)))
            .ToList();
    }

    /// <summary>Only the keys whose values differ.</summary>
    public static IReadOnlyList<AuditValue> ChangedOnly(string? before, string? after) => Of(before, after).Where(v => v.Changed).ToList();

    private static Dictionary<string, string?> Flatten(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return values;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            Add(values, string.Empty, document.RootElement);
        }
        catch (JsonException)
        {
            values[WholeValue] = json;
        }

        return values;
    }

    private static void Add(Dictionary<string, string?> values, string path, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Add(values, path.Length == 0 ? property.Name : $"{path}.{property.Name}", property.Value);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Add(values, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), item);
                }

                break;
            default:
                values.TryAdd(path.Length == 0 ? WholeValue : path, Scalar(element));
                break;
        }
    }

    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element.GetRawText(),
    };
}
