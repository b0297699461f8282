using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Domain;
using DanVan.Domain.Importing;
using DanVan.Domain.Organization;
using DanVan.Web.Pages.Admin.Users;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Importing;

/// <summary>
/// The dry run (<see cref="CheckAsync"/>) and the import of a staged file. The import is all or nothing: in one
/// transaction it checks the rows again against the portal as it is now, creates every record through the domain
/// (<see cref="AdministrativeUnit.CreateBelow"/>, <see cref="Agency.Create"/>, accounts as Users/Create makes them, with
/// a <see cref="TemporaryPassword"/> and <c>MustChangePassword</c>), writes an audit entry per record and one for the
/// import, marks the batch imported (once: a concurrency token) and saves once. Accounts are added directly rather than
/// one <c>UserManager.CreateAsync</c> each (a query and a save per account); the rows were already checked as Identity
/// would (unique e-mail, allowed characters) and the database's unique index still guards the e-mail. The one-time
/// passwords are hashed by Identity's hasher in its own format, with <see cref="OneTimeIterations"/> PBKDF2 iterations
/// instead of the 100,000 of chosen passwords: 500 full hashes take 30 s on two cores, while a random 14-character
/// password (about 84 bits) needs no key stretching. The hash records its iteration count, so sign-in verifies it as
/// any other, and the forced change at first sign-in replaces it with a fully stretched one.
/// </summary>
public sealed class BulkImporter(
    DanVanDbContext db,
    ILookupNormalizer normalizer,
    ImportPasswords passwords,
    TimeProvider clock)
{
    public const int OneTimeIterations = 10_000;

    private static readonly PasswordHasher<ApplicationUser> OneTimeHasher = new(Options.Create(new PasswordHasherOptions { IterationCount = OneTimeIterations }));

    public async Task<ImportCheck> CheckAsync(ImportBatch batch, CancellationToken ct) =>
        ImportValidator.Check(batch.Kind, ImportStaging.SheetOf(batch), await ImportReferenceQuery.LoadAsync(db, batch.Kind, ct));

    /// <summary>Imports the batch; when the rows no longer pass, nothing is written and the check says why.</summary>
    public async Task<ImportCheck> ImportAsync(ImportBatch batch, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var check = await CheckAsync(batch, ct);
        if (!check.IsClean)
        {
            return check;
        }

        try
        {
            var issued = batch.Kind switch
            {
                ImportKind.Users => await AddUsersAsync(check.Users, actor, now, ct),
                ImportKind.Units => await AddUnitsAsync(check.Units, actor, now, ct),
                _ => await AddAgenciesAsync(check.Agencies, actor, now, ct),
            };
            AuditTrail.Add(db, actor, now, "import.run", nameof(ImportBatch), batch.Id.ToString(), null, new { Kind = batch.Kind.ToString(), batch.FileName, batch.ContentHash, Created = check.RowCount });
            batch.MarkImported(now, check.RowCount, issued.Count > 0 ? passwords.Protect(issued) : null);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return check;
        }
        catch (Exception ex) when (ex is DomainException or DbUpdateException)
        {
            // Nothing was written (the transaction rolls back); forget the unsaved records so the page can read the batch again.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task<List<IssuedPassword>> AddUsersAsync(IReadOnlyList<UserRow> rows, Actor actor, DateTime now, CancellationToken ct)
    {
        var agencies = (await db.Agencies.Where(a => a.IsActive && a.Unit!.ValidTo == null).Select(a => new { a.Code, a.Id }).ToListAsync(ct))
            .ToDictionary(a => ImportText.Fold(a.Code), a => a.Id, StringComparer.Ordinal);
        var roleIds = await db.Roles.Where(r => r.Name != null).ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var accounts = rows.Select(row => (Row: row, Password: TemporaryPassword.Generate(), User: new ApplicationUser
        {
            UserName = row.Email,
            NormalizedUserName = normalizer.NormalizeName(row.Email),
            Email = row.Email,
            NormalizedEmail = normalizer.NormalizeEmail(row.Email),
            FullName = row.FullName,
            AgencyId = agencies[ImportText.Fold(row.AgencyCode)],
            MustChangePassword = true,
            EmailConfirmed = true,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
        })).ToList();
        Parallel.ForEach(accounts, new ParallelOptions { CancellationToken = ct }, a => a.User.PasswordHash = OneTimeHasher.HashPassword(a.User, a.Password));
        foreach (var (row, _, user) in accounts)
        {
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[row.Role] });
            AuditTrail.Add(db, actor, now, "user.create", nameof(ApplicationUser), user.Id, null, new { user.FullName, user.Email, user.AgencyId, row.Role, Import = row.Row });
        }

        return accounts.Select(a => new IssuedPassword(a.User.Email!, a.User.FullName, a.Password)).ToList();
    }

    private async Task<List<IssuedPassword>> AddUnitsAsync(IReadOnlyList<UnitRow> rows, Actor actor, DateTime now, CancellationToken ct)
    {
        var units = (await db.Units.Where(u => u.ValidTo == null).ToListAsync(ct)).ToDictionary(u => ImportText.Fold(u.Code), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var parent = units[ImportText.Fold(row.ParentCode)];
            var unit = AdministrativeUnit.CreateBelow(parent, row.Level, row.Code, row.Name, row.ValidFrom);
            units[ImportText.Fold(unit.Code)] = unit;
            db.Units.Add(unit);
            AuditTrail.Add(db, actor, now, "unit.create", nameof(AdministrativeUnit), unit.Code, null, new { unit.Code, unit.Name, Level = unit.Level.ToString(), ParentCode = parent.Code, unit.ValidFrom, Import = row.Row });
        }

        return [];
    }

    private async Task<List<IssuedPassword>> AddAgenciesAsync(IReadOnlyList<AgencyRow> rows, Actor actor, DateTime now, CancellationToken ct)
    {
        var units = (await db.Units.Where(u => u.ValidTo == null).ToListAsync(ct)).ToDictionary(u => ImportText.Fold(u.Code), StringComparer.Ordinal);
        var today = Hanoi.Today(clock);
        foreach (var row in rows)
        {
            var unit = units[ImportText.Fold(row.UnitCode)];
            var agency = Agency.Create(row.Code, row.Name, row.Kind, unit, today, row.HeadName);
            db.Agencies.Add(agency);
            AuditTrail.Add(db, actor, now, "agency.create", nameof(Agency), agency.Code, null, new { agency.Code, agency.Name, Kind = agency.Kind.ToString(), UnitCode = unit.Code, agency.HeadName, Import = row.Row });
        }

        return [];
    }
}
