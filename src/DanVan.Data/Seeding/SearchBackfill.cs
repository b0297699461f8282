using DanVan.Domain;
using DanVan.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// Fills the folded search columns of rows written before the columns existed (a database upgraded by the migrations that
/// added them); entities keep them up to date from then on. Names are few and are checked at every start; report lines
/// are many, so they are folded once, in batches that a restart resumes, and a setting records that it is done.
/// </summary>
internal static class SearchBackfill
{
    /// <summary>Set when every report line written before <c>ReportLine.SearchText</c> existed has been folded.</summary>
    public const string ReportTextFolded = "Search.ReportTextFolded";

    private const int LinesPerBatch = 2000;

    public static async Task FoldNamesAsync(DanVanDbContext db, CancellationToken ct)
    {
        var agencies = await db.Agencies.Where(a => a.SearchName == "" && a.Name != "").Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        var units = await db.Units.Where(u => u.SearchName == "" && u.Name != "").Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var users = await db.Users.Where(u => u.SearchName == "" && u.FullName != "").Select(u => new { u.Id, u.FullName }).ToListAsync(ct);
        var directives = await db.Directives.Where(d => d.SearchName == "").Select(d => new { d.Id, d.Code, d.Title }).ToListAsync(ct);
        var tasks = await db.DirectiveTasks.Where(t => t.SearchName == "").Select(t => new { t.Id, t.Number, t.Title }).ToListAsync(ct);
        if (agencies.Count + units.Count + users.Count + directives.Count + tasks.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var a in agencies)
        {
            await db.Agencies.Where(x => x.Id == a.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchName, SearchText.Fold(a.Name)), ct);
        }

        foreach (var u in units)
        {
            await db.Units.Where(x => x.Id == u.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchName, SearchText.Fold(u.Name)), ct);
        }

        foreach (var u in users)
        {
            await db.Users.Where(x => x.Id == u.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchName, SearchText.Fold(u.FullName)), ct);
        }

        foreach (var d in directives)
        {
            await db.Directives.Where(x => x.Id == d.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchName, SearchText.Fold($"{d.Code} {d.Title}")), ct);
        }

        foreach (var t in tasks)
        {
            await db.DirectiveTasks.Where(x => x.Id == t.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchName, SearchText.Fold($"{t.Number} {t.Title}")), ct);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>Folds the text of report lines that have none yet; the number folded.</summary>
    public static async Task<int> FoldReportTextAsync(DanVanDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.PortalSettings.AnyAsync(s => s.Key == ReportTextFolded, ct))
        {
            return 0;
        }

        var folded = 0;
        var after = 0;
        while (true)
        {
            var batch = await db.ReportLines.AsNoTracking().Where(l => l.Id > after).OrderBy(l => l.Id).Take(LinesPerBatch)
                .Select(l => new { l.Id, l.SearchText, l.Results, l.Difficulties, l.Proposals }).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var line in batch.Where(l => l.SearchText is null))
            {
                var text = SearchText.FoldText(line.Results, line.Difficulties, line.Proposals);
                await db.ReportLines.Where(x => x.Id == line.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchText, text), ct);
                folded++;
            }

            await transaction.CommitAsync(ct);
            after = batch[^1].Id;
        }

        db.PortalSettings.Add(PortalSetting.Create(ReportTextFolded, "true", clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return folded;
    }
}
