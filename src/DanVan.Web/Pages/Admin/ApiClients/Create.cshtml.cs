using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Access;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Pages.Admin.Units;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.ApiClients;

/// <summary>
/// Creates an API client: its name, the unit whose subtree it reads, the last day its key works. The key is shown on the
/// answer to the post, once: only its hash is stored, so a lost key is replaced by a new client.
/// </summary>
public sealed class CreateModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The longest a key may live: a system gets a new one at least every two years.</summary>
    public const int MaxDays = 730;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    /// <summary>The new client's key, shown once after it is created.</summary>
    public string? Key { get; private set; }

    public string? CreatedName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.ExpiresOn = Hanoi.Today(clock).AddYears(1);
        Units = UnitTree.Options(await UnitTree.LoadAsync(db, ct));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var today = Hanoi.Today(clock);
        if (Input.ExpiresOn is { } day && (day < today || day > today.AddDays(MaxDays)))
        {
            ModelState.AddModelError("Input.ExpiresOn", l["Choose a last day from today to {0}.", LocalizerExtensions.Day(today.AddDays(MaxDays))]);
        }

        var unit = Input.UnitId is { } unitId ? await db.Units.SingleOrDefaultAsync(u => u.Id == unitId && u.ValidTo == null, ct) : null;
        if (Input.UnitId is not null && unit is null)
        {
            ModelState.AddModelError("Input.UnitId", l["Choose a unit that has not been dissolved."]);
        }

        if (!ModelState.IsValid || unit is null)
        {
            Units = UnitTree.Options(await UnitTree.LoadAsync(db, ct));
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = User.ToActor();
        ApiClient client;
        try
        {
            (client, Key) = ApiClient.Create(Input.Name, unit, Hanoi.EndOfDayUtc(Input.ExpiresOn!.Value), actor, now);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Code == "apiClient.name" ? "Input.Name" : string.Empty, l[ex.Code]);
            Units = UnitTree.Options(await UnitTree.LoadAsync(db, ct));
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(ct);
        AuditTrail.Add(db, actor, now, "apiClient.create", nameof(ApiClient), client.Id.ToString(CultureInfo.InvariantCulture), null, new { client.Name, client.KeyId, UnitCode = unit.Code, ExpiresOn = Input.ExpiresOn });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        CreatedName = client.Name;
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the name.")]
        [StringLength(ApiClient.NameLength, ErrorMessage = "The name may have at most {1} characters.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a unit.")]
        [Display(Name = "Unit")]
        public int? UnitId { get; set; }

        [Required(ErrorMessage = "Choose the last day the key works.")]
        [Display(Name = "Last day the key works")]
        public DateOnly? ExpiresOn { get; set; }
    }
}
