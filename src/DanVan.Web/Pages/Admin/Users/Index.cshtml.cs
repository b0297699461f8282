using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Web.Localization;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Admin.Users;

/// <summary>The portal's accounts, filtered by name or e-mail and by role, a page at a time.</summary>
public sealed class IndexModel(DanVanDbContext db, TimeProvider clock) : PageModel
{
    private ILookup<string, string> rolesByUser = Enumerable.Empty<string>().ToLookup(r => r);

    public PagedList<UserRow> Users { get; private set; } = null!;

    public string? Query { get; private set; }

    public string? Role { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(string? q, string? role, int? p, CancellationToken ct)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim().Normalize();
        Role = role is not null && Roles.All.Contains(role) ? role : null;
        Now = clock.GetUtcNow();

        var users = db.Users.AsNoTracking();
        if (Query is not null)
        {
            var (pattern, folded) = (TextSearch.Pattern(Query), TextSearch.FoldedPattern(Query));
            users = users.Where(u => EF.Functions.Like(u.SearchName, folded, TextSearch.Escape) || EF.Functions.Like(u.Email!, pattern, TextSearch.Escape));
        }

        if (Role is not null)
        {
            var roleIds = db.Roles.Where(r => r.Name == Role).Select(r => r.Id);
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
        }

        var rows = await users.Select(u => new UserRow(u.Id, u.FullName, u.Email ?? string.Empty, u.Agency!.Name, u.Agency.Unit!.Name, u.LockoutEnd, u.MustChangePassword))
            .ToListAsync(ct);
        Users = PagedList<UserRow>.Of(rows.OrderBy(u => u.FullName, VietnameseOrder.Names).ThenBy(u => u.Email, StringComparer.Ordinal).ToList(), p);

        var ids = Users.Items.Select(u => u.Id).ToList();
        var pairs = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        rolesByUser = pairs.ToLookup(x => x.UserId, x => x.Name ?? string.Empty);
    }

    public IEnumerable<string> RolesOf(UserRow user) => rolesByUser[user.Id].Order(StringComparer.Ordinal);

    public bool IsLockedOut(UserRow user) => user.LockoutEnd is { } end && end > Now;

    public sealed record UserRow(string Id, string FullName, string Email, string AgencyName, string UnitName, DateTimeOffset? LockoutEnd, bool MustChangePassword);
}
