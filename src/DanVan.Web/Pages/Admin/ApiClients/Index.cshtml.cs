using DanVan.Data;
using DanVan.Domain.Access;
using DanVan.Web.Authorization;
using DanVan.Web.Paging;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DanVan.Web.Localization;

namespace DanVan.Web.Pages.Admin.ApiClients;

/// <summary>The systems that may read the API, newest first, with their unit, expiry and state; revoking one takes effect at its next call.</summary>
public sealed class IndexModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public PagedList<ClientRow> Clients { get; private set; } = null!;

    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        Clients = await PagedList<ClientRow>.CreateAsync(
            db.ApiClients.AsNoTracking().OrderByDescending(c => c.Id)
                .Select(c => new ClientRow(c.Id, c.Name, c.KeyId, c.Unit!.Name, c.CreatedAtUtc, c.CreatedByName, c.ExpiresAtUtc, c.RevokedAtUtc)),
            p,
            cancellationToken: ct);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
        {
            return NotFound();
        }

        if (client.RevokedAtUtc is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            client.Revoke(now);
            AuditTrail.Add(db, User.ToActor(), now, "apiClient.revoke", nameof(ApiClient), client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new { client.Name, client.KeyId }, new { Revoked = true });
            await db.SaveChangesAsync(ct);
        }

        TempData["StatusMessage"] = l["The API client {0} has been revoked: its key is refused from now on.", client.Name].Value;
        return RedirectToPage();
    }

    public sealed record ClientRow(int Id, string Name, string KeyId, string UnitName, DateTime CreatedAtUtc, string CreatedByName, DateTime ExpiresAtUtc, DateTime? RevokedAtUtc);
}
