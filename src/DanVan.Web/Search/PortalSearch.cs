using System.Security.Claims;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Search;

/// <summary>
/// The search in the header: directives, tasks, agencies, units, users (for administrators) and what reports say, each
/// within the user's scope, matched by the one Vietnamese folding rule (<see cref="SearchText"/>) on the stored folded
/// columns, so both providers run a plain LIKE. Names are ordered by Vietnamese collation; reports are searched one period
/// at a time.
/// </summary>
public sealed partial class PortalSearch(DanVanDbContext db, IAuthorizationService authorization, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    /// <summary>The shortest folded text searched: one letter would match nearly everything.</summary>
    public const int MinimumLength = 2;

    public const int OverviewSize = 5;

    public const int PageSize = 20;

    /// <summary>Whether the typed text is long enough to search (folded, so "Đ " is one letter).</summary>
    public static bool IsSearchable(string? text) => SearchText.Fold(text).Length >= MinimumLength;

    /// <summary>The kinds this user may search, in the order results are shown.</summary>
    public async Task<IReadOnlyList<SearchKind>> KindsAsync(ClaimsPrincipal user)
    {
        var isAdmin = (await authorization.AuthorizeAsync(user, Policies.Administration)).Succeeded;
        return Enum.GetValues<SearchKind>().Where(k => k != SearchKind.Users || isAdmin).ToList();
    }

    /// <summary>The first few of every kind the user may search, with each kind's count.</summary>
    public async Task<IReadOnlyList<SearchGroup>> OverviewAsync(ClaimsPrincipal user, string text, int? periodId, CancellationToken ct)
    {
        var groups = new List<SearchGroup>();
        foreach (var kind in await KindsAsync(user))
        {
            groups.Add(await FindAsync(user, text, kind, periodId, 1, OverviewSize, ct));
        }

        return groups;
    }

    /// <summary>One page of one kind (reports of the given period, or the latest begun); a page number out of range gives the nearest page.</summary>
    public async Task<SearchGroup> FindAsync(ClaimsPrincipal user, string text, SearchKind kind, int? periodId, int? page, int pageSize, CancellationToken ct)
    {
        var pattern = TextSearch.FoldedPattern(text);
        var scope = user.GetScope();
        return kind switch
        {
            SearchKind.Directives => ByName(kind, await db.Directives.AsNoTracking()
                .Where(d => EF.Functions.Like(d.SearchName, pattern, TextSearch.Escape))
                .Select(d => new Named(d.Code + " – " + d.Title, d.IssuingBody, "/Directives/Details/" + d.Id)).ToListAsync(ct), page, pageSize),
            SearchKind.Tasks => ByName(kind, await db.DirectiveTasks.AsNoTracking()
                .Where(t => EF.Functions.Like(t.SearchName, pattern, TextSearch.Escape))
                .Select(t => new Named(t.Number + ". " + t.Title, t.Directive!.Code, "/Directives/Task/" + t.Id)).ToListAsync(ct), page, pageSize),
            SearchKind.Agencies => ByName(kind, await db.Agencies.AsNoTracking().Where(scope.AgencyFilter)
                .Where(a => EF.Functions.Like(a.SearchName, pattern, TextSearch.Escape))
                .Select(a => new Named(a.Name, a.Unit!.Name, "/Agencies/Details/" + a.Id)).ToListAsync(ct), page, pageSize),
            SearchKind.Units => await UnitsAsync(user, pattern, page, pageSize, ct),
            SearchKind.Users => await UsersAsync(user, pattern, page, pageSize, ct),
            _ => await ReportsAsync(user, text, pattern, periodId, page, pageSize, ct),
        };
    }

    private async Task<SearchGroup> UnitsAsync(ClaimsPrincipal user, string pattern, int? page, int pageSize, CancellationToken ct)
    {
        var page0 = (await authorization.AuthorizeAsync(user, Policies.Administration)).Succeeded ? "/Admin/Units/Edit/"
            : (await authorization.AuthorizeAsync(user, Policies.Dashboard)).Succeeded ? "/Dashboard?unit=" : null;
        var units = await db.Units.AsNoTracking().Where(user.GetScope().UnitFilter)
            .Where(u => EF.Functions.Like(u.SearchName, pattern, TextSearch.Escape))
            .Select(u => new { u.Id, u.Name, u.Level, u.ValidTo, Parent = u.Parent!.Name }).ToListAsync(ct);
        return ByName(SearchKind.Units, units.Select(u => new Named(
            u.Name,
            string.Join(" · ", new[] { l.Label(u.Level), u.Parent, u.ValidTo is { } end ? l["dissolved {0}", LocalizerExtensions.Day(end)].Value : null }.Where(s => !string.IsNullOrEmpty(s))),
            page0 is null ? null : page0 + u.Id)).ToList(), page, pageSize);
    }

    private async Task<SearchGroup> UsersAsync(ClaimsPrincipal user, string pattern, int? page, int pageSize, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Administration)).Succeeded)
        {
            return new SearchGroup(SearchKind.Users, 0, [], 1, pageSize);
        }

        var users = await db.Users.AsNoTracking().Where(u => EF.Functions.Like(u.SearchName, pattern, TextSearch.Escape))
            .Select(u => new Named(u.FullName, u.Email + " · " + u.Agency!.Name, "/Admin/Users/Edit/" + u.Id)).ToListAsync(ct);
        return ByName(SearchKind.Users, users, page, pageSize);
    }

    private static SearchGroup ByName(SearchKind kind, IReadOnlyList<Named> found, int? page, int pageSize)
    {
        var ordered = found.OrderBy(n => n.Title, VietnameseOrder.Names).ThenBy(n => n.Detail, VietnameseOrder.Names).ToList();
        var paged = PagedList<Named>.Of(ordered, page, pageSize);
        return new SearchGroup(kind, paged.TotalCount, paged.Items.Select(n => new SearchHit(n.Title, n.Detail, n.Url)).ToList(), paged.PageNumber, pageSize);
    }

    private sealed record Named(string Title, string? Detail, string? Url);
}
