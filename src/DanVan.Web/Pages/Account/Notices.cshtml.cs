using System.ComponentModel.DataAnnotations;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Notifications;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Notices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Pages.Account;

/// <summary>
/// The signed-in user's notice preferences: per kind, e-mail at once, the daily digest or the bell only, and the digest's
/// hour in Hanoi time. Essential kinds (<see cref="NoticeRules.IsEssential"/>) offer no "bell only"; a post that asks for
/// it anyway is refused by the domain and shown next to the field.
/// </summary>
public sealed class NoticesModel(
    DanVanDbContext db,
    IOptions<EmailOptions> email,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l,
    ILogger<NoticesModel> logger) : PageModel
{
    private static readonly EventId PreferencesSaved = new(3310, nameof(PreferencesSaved));

    /// <summary>The kinds in the order the page lists them: what the agency must act on first.</summary>
    public static readonly NotificationKind[] Kinds =
    [
        NotificationKind.ReportReturned, NotificationKind.Overdue, NotificationKind.DueSoon, NotificationKind.PeriodOpened,
        NotificationKind.ReportAccepted, NotificationKind.ReportSubmitted,
    ];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool EmailIsOn => email.Value.IsConfigured;

    private string UserId => User.ToActor().UserId;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var settings = await LoadAsync(ct);
        Input = new InputModel { DigestHour = settings.DigestHour, Modes = Kinds.ToDictionary(k => k, settings.ModeFor) };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var settings = await LoadAsync(ct);
        try
        {
            settings.SetDigestHour(Input.DigestHour!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.DigestHour)}", l[ex.Code]);
        }

        foreach (var kind in Kinds.Where(Input.Modes.ContainsKey))
        {
            try
            {
                settings.Choose(kind, Input.Modes[kind]);
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Modes)}[{kind}]", l[ex.Code]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await db.SaveChangesAsync(ct);
        await RescheduleDigestAsync(settings, ct);
        logger.LogInformation(PreferencesSaved, "{UserName} changed their notice preferences", User.Identity?.Name);
        TempData["StatusMessage"] = l["Your notice preferences have been saved."].Value;
        return RedirectToPage();
    }

    /// <summary>Notices waiting for the digest (not yet tried) go out at the new digest hour.</summary>
    private Task<int> RescheduleDigestAsync(NoticeSettings settings, CancellationToken ct)
    {
        var due = settings.NextDigestUtc(clock.GetUtcNow().UtcDateTime);
        return db.NoticeDeliveries
            .Where(d => d.UserId == settings.UserId && d.Channel == NoticeChannel.Digest && d.State == DeliveryState.Pending && d.Attempts == 0 && d.DueAtUtc != due)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.DueAtUtc, due), ct);
    }

    /// <summary>The user's preferences, tracked; a new (unsaved) row with the defaults when the user never changed them.</summary>
    private async Task<NoticeSettings> LoadAsync(CancellationToken ct)
    {
        var userId = UserId;
        if (await db.NoticeSettings.SingleOrDefaultAsync(s => s.UserId == userId, ct) is { } settings)
        {
            return settings;
        }

        var fresh = NoticeSettings.For(userId);
        db.NoticeSettings.Add(fresh);
        return fresh;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the hour of the daily digest.")]
        [Range(0, 23, ErrorMessage = "Choose an hour from 0 to 23.")]
        public int? DigestHour { get; set; }

        public Dictionary<NotificationKind, NoticeMode> Modes { get; set; } = [];
    }
}
