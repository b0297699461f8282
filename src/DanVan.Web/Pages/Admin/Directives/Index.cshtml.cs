using DanVan.Data;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Admin.Directives;

/// <summary>All directives the portal tracks, newest first, with their number of tasks.</summary>
public sealed class IndexModel(DanVanDbContext db) : PageModel
{
    public PagedList<DirectiveRow> Directives { get; private set; } = null!;

    public async Task OnGetAsync(int? p, CancellationToken ct) =>
        Directives = await PagedList<DirectiveRow>.CreateAsync(
            db.Directives.AsNoTracking().OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Code)
                .Select(d => new DirectiveRow(d.Id, d.Code, d.Title, d.IssuingBody, d.IssuedOn, d.Tasks.Count)),
            p,
            cancellationToken: ct);

    public sealed record DirectiveRow(int Id, string Code, string Title, string IssuingBody, DateOnly IssuedOn, int TaskCount);
}
