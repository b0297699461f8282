using System.Globalization;
using System.Text.Json;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Web.Authorization;
using DanVan.Web.Dashboard;
using DanVan.Web.Localization;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Dashboard;

/// <summary>
/// The dashboard of a directive for a period, within the user's scope, drilled down to a unit or an agency. The URL holds
/// every filter so that a view can be bookmarked; a unit or agency outside the scope is not found. Built within the
/// <see cref="DashboardGate"/>; a view seen again at the same versions writes the HTML kept by
/// <see cref="DashboardPageCache"/>.
/// </summary>
[DashboardGate.BuiltWithin]
public sealed class IndexModel(DashboardQueries queries, DashboardFigureLoader figures, DashboardPageCache pages, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The key this view's HTML is kept under (<see cref="DashboardPageCache"/>); null when it is not kept.</summary>
    public string? BodyKey { get; private set; }

    /// <summary>The view's HTML as kept by an earlier request at the same versions; null when it must be built.</summary>
    public IHtmlContent? KeptBody { get; private set; }

    public DashboardView View { get; private set; } = null!;

    public ReportingFigures Reporting { get; private set; } = null!;

    public TaskStatusCounts Statuses { get; private set; } = null!;

    public Matrix Matrix { get; private set; } = null!;

    public IndicatorFigures Indicators { get; private set; } = null!;

    public DashboardLists Lists { get; private set; } = null!;

    /// <summary>Rows of the table by unit shown at once (and bars in its chart); Hanoi has 126 wards directly under the city.</summary>
    public const int RowsPerPage = 30;

    /// <summary>The page of the table by unit (query parameter <c>up</c>), in the chosen order.</summary>
    public PagedList<ReportingRow> ByUnit { get; private set; } = null!;

    /// <summary>The page of units (indexes into <see cref="IndicatorFigures.Units"/>) in the indicator table (query parameter <c>ip</c>).</summary>
    public PagedList<int> IndicatorUnits { get; private set; } = null!;

    /// <summary>The page of the matrix's rows (query parameter <c>mp</c>).</summary>
    public PagedList<MatrixRow> MatrixRows { get; private set; } = null!;

    public string Sort { get; private set; } = "name";

    public bool Descending { get; private set; }

    public string ChartData { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(int? directive, int? period, int? unit, int? agency, UnitLevel? level, AgencyKind? kind, string? sort, string? dir, int? up, int? mp, int? ip, CancellationToken ct)
    {
        var filter = new DashboardFilter(directive, period, unit, agency, level, kind);
        var scope = User.GetScope();
        var today = Hanoi.Today(clock);
        var view = await queries.ResolveAsync(scope, filter, today, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Sort = ReportingOrder.Column(sort);
        Descending = dir == "desc";
        BodyKey = pages.KeyOf(scope, view, today, FormattableString.Invariant($"{Request.PathBase}/{Sort}/{Descending}/{up}/{mp}/{ip}"));
        KeptBody = pages.Find(BodyKey);
        if (KeptBody is not null)
        {
            return Page();
        }

        var loaded = await figures.LoadAsync(view, FigureSet.Dashboard, DashboardQueries.ListSize, ct);
        (Reporting, Statuses, Matrix, Indicators, Lists) = (loaded.Reporting, loaded.Statuses, loaded.Matrix!, loaded.Indicators, loaded.Lists);
        ByUnit = PagedList<ReportingRow>.Of(Sorted(Reporting.ByUnit), up, RowsPerPage);
        MatrixRows = PagedList<MatrixRow>.Of(Matrix.Rows, mp, RowsPerPage);
        IndicatorUnits = PagedList<int>.Of(Enumerable.Range(0, Indicators.Units.Count).ToList(), ip, RowsPerPage);
        ChartData = JsonSerializer.Serialize(new
        {
            rates = new
            {
                labels = ByUnit.Items.Select(RowName),
                series = new[]
                {
                    new { label = l["Reporting rate (%)"].Value, values = ByUnit.Items.Select(r => Percent(r.Counts.Rate)) },
                    new { label = l["On-time rate (%)"].Value, values = ByUnit.Items.Select(r => Percent(r.Counts.OnTimeRate)) },
                },
            },
            trend = new
            {
                labels = View.TrendPeriods.Select(p => l.PeriodName(p)),
                series = Indicators.Rows.Select(i => new { label = $"{i.TaskNumber} {i.Name} ({i.Unit})", values = i.Trend.Select(f => Round(f.Value, 2)) }),
            },
        });
        return Page();
    }

    public string RowName(ReportingRow row) => row.UnitId is null ? l["{0} (own agencies)", View.Unit.Name] : row.Name;

    /// <summary>A rate in percent with one decimal, for the charts; null (a gap, not a 0) when the rate is missing.</summary>
    public static double? Percent(double? rate) => Round(rate * 100, 1);

    /// <summary>A rate as the tables show it ("62,5 %"); null when it is missing, which <see cref="FigureTagHelper"/> shows as "—".</summary>
    public static string? PercentText(double? rate) => Percent(rate) is { } percent ? $"{percent.ToString(CultureInfo.CurrentCulture)} %" : null;

    /// <summary>An indicator's value ("1.234", "87,25"); null when no value was reported.</summary>
    public static string? Format(double? value) => value?.ToString("#,##0.##", CultureInfo.CurrentCulture);

    /// <summary>The query string of this view with some parts replaced; every link and the filter form keep the rest.</summary>
    public Dictionary<string, string> Route(int? unit = null, int? agency = null, string? sort = null, bool? descending = null, bool keepPlace = true)
    {
        var values = new Dictionary<string, string>
        {
            ["directive"] = View.Directive.Id.ToString(CultureInfo.InvariantCulture),
            ["period"] = View.Period.Id.ToString(CultureInfo.InvariantCulture),
        };
        void Put(string key, object? value)
        {
            if (value is not null)
            {
                values[key] = Convert.ToString(value, CultureInfo.InvariantCulture)!;
            }
        }

        Put("level", View.Level);
        Put("kind", View.Kind);
        Put("unit", unit ?? (keepPlace && View.Agency is null ? View.Unit.Id : null));
        Put("agency", agency ?? (keepPlace ? View.Agency?.Id : null));
        Put("sort", sort ?? Sort);
        Put("dir", descending ?? Descending ? "desc" : null);
        return values;
    }

    public Dictionary<string, string> SortBy(string column) => Route(sort: column, descending: column == Sort && !Descending);

    public Dictionary<string, string> DrillTo(int unitId) => Route(unit: unitId, keepPlace: false);

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;

    private List<ReportingRow> Sorted(IReadOnlyList<ReportingRow> rows) => ReportingOrder.Sort(rows, Sort, Descending, RowName);
}
