using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Directives;

/// <summary>A directive's full text and its tasks by addressee, with how many agencies in the user's scope carry each.</summary>
public sealed class DetailsModel(DanVanDbContext db, TimeProvider clock) : PageModel
{
    public Directive Directive { get; private set; } = null!;

    public IReadOnlyList<IGrouping<TaskAddressee, DirectiveTask>> TaskGroups { get; private set; } = [];

    public IReadOnlyDictionary<int, AssignmentCounts> Counts { get; private set; } = new Dictionary<int, AssignmentCounts>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var directive = await db.Directives.AsNoTracking()
            .Include(d => d.Tasks).ThenInclude(t => t.Indicators)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == id, ct);
        if (directive is null)
        {
            return NotFound();
        }

        Directive = directive;
        TaskGroups = directive.Tasks.OrderBy(t => t.SortOrder).GroupBy(t => t.Addressee).OrderBy(g => g.Key).ToList();
        Counts = await db.Assignments.Where(User.GetScope().AssignmentFilter).Where(Assignment.StillGivenOn(Hanoi.Today(clock)))
            .Where(a => a.Task!.DirectiveId == id)
            .GroupBy(a => a.TaskId)
            .Select(g => new AssignmentCounts(g.Key, g.Count(a => a.Role == AssignmentRole.Lead), g.Count(a => a.Role == AssignmentRole.Supporting)))
            .ToDictionaryAsync(c => c.TaskId, ct);
        return Page();
    }

    public sealed record AssignmentCounts(int TaskId, int Lead, int Supporting);
}
