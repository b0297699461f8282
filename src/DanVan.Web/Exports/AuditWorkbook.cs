using DanVan.Data;
using DanVan.Domain;
using DanVan.Web.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Exports;

/// <summary>
/// The audit viewer's filtered entries as an Excel workbook: a sheet stating the filters, the count and the limits, then
/// the entries newest first (at most <see cref="MaxRows"/>, each value cut at <see cref="MaxValueLength"/> characters).
/// </summary>
public sealed class AuditWorkbook(DanVanDbContext db, IStringLocalizer l)
{
    public const int MaxRows = 50_000;

    public const int MaxValueLength = 1_000;

    public async Task<byte[]> BuildAsync(AuditFilter filter, string? agencyName, DateTime exportedAtUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = await AuditQueries.FilterAsync(db, filter, ct);
        var total = await query.CountAsync(ct);
        var entries = new SheetTable(l["Audit entries"],
            [l["When (Hanoi time)"], l["Who"], l["Action"], l["Action code"], l["Record type"], l["Record"], l["Before"], l["After"]]);
        await foreach (var e in query.Take(MaxRows)
            .Select(a => new { a.AtUtc, a.UserName, a.Action, a.EntityType, a.EntityId, Before = a.Before!.Substring(0, MaxValueLength), After = a.After!.Substring(0, MaxValueLength) })
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            entries.Add(SheetCell.Of(Hanoi.ToLocal(e.AtUtc)), e.UserName, AuditLabels.Action(l, e.Action), e.Action, AuditLabels.EntityType(l, e.EntityType), e.EntityId, e.Before, e.After);
        }

        var about = new SheetTable(l["About this export"], [l["Field"], l["Value"]])
            .Add(l["Name or e-mail contains"], filter.Q ?? "—")
            .Add(l["Agency"], agencyName ?? l["All agencies"])
            .Add(l["Record type"], filter.Type is { } type ? AuditLabels.EntityType(l, type) : l["All record types"])
            .Add(l["Action"], filter.Action is { } action ? AuditLabels.Action(l, action) : l["All actions"])
            .Add(l["From (Hanoi day)"], filter.From is { } from ? SheetCell.Of(from) : SheetCell.Of("—"))
            .Add(l["To (Hanoi day)"], filter.To is { } to ? SheetCell.Of(to) : SheetCell.Of("—"))
            .Add(l["Exported at (Hanoi time)"], SheetCell.Of(Hanoi.ToLocal(exportedAtUtc)))
            .Add(l["Matching entries"], total)
            .Add(l["Entries in this file"], Math.Min(total, MaxRows))
            .Add(l["Note"], l["At most {0:N0} entries, newest first; each before or after value is cut at {1:N0} characters (the page shows it whole).", MaxRows, MaxValueLength]);
        return SpreadsheetWriter.Write([about, entries], l["Audit trail"]);
    }
}
