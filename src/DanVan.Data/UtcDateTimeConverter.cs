using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DanVan.Data;

/// <summary>All instants are stored in UTC; values read back are marked as UTC.</summary>
public sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter()
        : base(v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
    {
    }
}
