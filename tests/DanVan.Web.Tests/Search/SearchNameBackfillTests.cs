using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Search;

/// <summary>A database whose names were written before the folded search column existed gets them folded at start-up.</summary>
public sealed class SearchNameBackfillTests
{
    [Fact]
    public async Task Names_without_their_folded_form_are_folded_when_the_portal_starts()
    {
        using var before = new RestartableFactory();
        await before.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE Agencies SET SearchName = ''; UPDATE AdministrativeUnits SET SearchName = ''; UPDATE AspNetUsers SET SearchName = ''; "
            + "UPDATE Directives SET SearchName = ''; UPDATE DirectiveTasks SET SearchName = '';"));
        Assert.Equal(0, await before.QueryAsync(db => db.Agencies.CountAsync(a => a.SearchName != "")));

        using var after = before.Restart();

        Assert.Equal(0, await after.QueryAsync(db => db.Agencies.CountAsync(a => a.SearchName == "")));
        Assert.Equal(0, await after.QueryAsync(db => db.Units.CountAsync(u => u.SearchName == "")));
        Assert.Equal(0, await after.QueryAsync(db => db.Users.CountAsync(u => u.SearchName == "")));
        Assert.Equal(0, await after.QueryAsync(db => db.Directives.CountAsync(d => d.SearchName == "")));
        Assert.Equal(0, await after.QueryAsync(db => db.DirectiveTasks.CountAsync(t => t.SearchName == "")));
        Assert.Equal("duong van nam", await after.QueryAsync(db => db.Users.Where(u => u.FullName == "Dương Văn Nam").Select(u => u.SearchName).SingleAsync()));
    }

    [Fact]
    public async Task Report_lines_written_before_their_folded_text_are_folded_once_when_the_portal_starts()
    {
        using var before = new RestartableFactory();
        await before.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE ReportLines SET SearchText = NULL; DELETE FROM PortalSettings WHERE Key = 'Search.ReportTextFolded';"));
        var lines = await before.QueryAsync(db => db.ReportLines.CountAsync());
        Assert.True(lines > 0, "The demo has report lines.");

        using var after = before.Restart();

        Assert.Equal(0, await after.QueryAsync(db => db.ReportLines.CountAsync(l => l.SearchText == null)));
        var line = await after.QueryAsync(db => db.ReportLines.Where(l => l.Results != null).OrderBy(l => l.Id).Select(l => new { l.Results, l.Difficulties, l.Proposals, l.SearchText }).FirstAsync());
        Assert.Equal(DanVan.Domain.SearchText.FoldText(line.Results, line.Difficulties, line.Proposals), line.SearchText);
        Assert.True(await after.QueryAsync(db => db.PortalSettings.AnyAsync(s => s.Key == "Search.ReportTextFolded")));
    }

    private sealed class RestartableFactory : DanVanFactory
    {
        private readonly bool _restarted;

        public RestartableFactory()
        {
        }

        private RestartableFactory(string folder)
            : base(folder) => _restarted = true;

        protected override bool DeletesFolder => _restarted;

        public RestartableFactory Restart()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return new RestartableFactory(Folder);
        }
    }
}
