using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace DanVan.Web.Api;

/// <summary>
/// The query values of an API call, parsed with every refusal collected, so one 400 names every bad parameter. Lists
/// page by keyset: <c>limit</c> (1–<see cref="MaxLimit"/>, default <see cref="DefaultLimit"/>) and an opaque
/// <c>cursor</c>, the last key of the previous page tagged with the list it belongs to.
/// </summary>
public sealed class ApiQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IResult Problem() => ApiProblems.BadRequest(_errors);

    public int Limit(string? value)
    {
        if (value is null)
        {
            return DefaultLimit;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit)
        {
            return limit;
        }

        return Refuse("limit", $"limit must be a whole number from 1 to {MaxLimit}.", DefaultLimit);
    }

    /// <summary>The key after which the page starts (0 for the first page).</summary>
    public long After(string? cursor, string list)
    {
        if (cursor is null)
        {
            return 0;
        }

        var prefix = list + ":";
        if (cursor.Length <= 64 && Base64Url.IsValid(cursor) && Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)) is var text
            && text.StartsWith(prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var after))
        {
            return after;
        }

        return Refuse("cursor", "cursor is not one this list returned.", 0L);
    }

    public static string Cursor(string list, long after) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{list}:{after.ToString(CultureInfo.InvariantCulture)}"));

    public int? Id(string name, string? value)
    {
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : Refuse<int?>(name, $"{name} must be a positive whole number.", null);
    }

    public DateOnly? Day(string name, string? value)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : Refuse<DateOnly?>(name, $"{name} must be a date as yyyy-MM-dd.", null);
    }

    /// <summary>An instant in ISO 8601 with its offset (2026-11-26T10:00:00+07:00 or …Z), as UTC.</summary>
    public DateTime? Instant(string name, string? value)
    {
        if (value is null)
        {
            return null;
        }

        return value.Length <= 40 && DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.UtcDateTime
            : Refuse<DateTime?>(name, $"{name} must be an ISO 8601 instant with its offset, e.g. 2026-11-26T10:00:00+07:00.", null);
    }

    private T Refuse<T>(string name, string message, T fallback)
    {
        _errors[name] = [message];
        return fallback;
    }
}

/// <summary>A page of a list: its items, the cursor of the next page (null on the last one).</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? Next);
