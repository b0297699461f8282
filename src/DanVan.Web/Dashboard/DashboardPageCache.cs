using System.Globalization;
using System.Text.Encodings.Web;
using DanVan.Domain.Organization;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Dashboard;

/// <summary>How much rendered dashboard HTML an instance keeps (<c>Dashboard:PageCacheBytes</c>); 0 keeps none.</summary>
public sealed class DashboardPageCacheOptions
{
    public const string Section = FigureCacheOptions.Section;

    /// <summary>32 MiB: about fifty city dashboards (about 290 KB of text each, twice that in memory).</summary>
    public long PageCacheBytes { get; set; } = 32L << 20;
}

/// <summary>
/// The rendered figures of a dashboard view (everything but the layout: breadcrumb, filters, figures, tables, lists and
/// the charts' data), kept per instance under a key that holds what the HTML is made of: the user's scope, the resolved
/// view, the page's order and pages, the culture, today's date, the <see cref="Domain.Reporting.Facts.ReportingFactVersion"/>
/// of every period read and the <see cref="Domain.Settings.CatalogueVersion"/>. A submission, review or rebuild raises a
/// fact version and a change to a directive, unit, agency, assignment or period raises the catalogue's, each in its own
/// transaction, so the next view on any instance asks for another key: a kept page is never older than the versions its
/// request read. Nothing of the user but the scope is in the HTML (the layout, with the user's menu, notices and
/// antiforgery token, is rendered for each request).
/// </summary>
public sealed class DashboardPageCache(IOptions<DashboardPageCacheOptions> options, HtmlEncoder encoder) : IDisposable
{
    private readonly MemoryCache? _cache = options.Value.PageCacheBytes > 0
        ? new(new MemoryCacheOptions { SizeLimit = options.Value.PageCacheBytes, CompactionPercentage = FigureCache.CompactionShare })
        : null;

    /// <summary>
    /// The key of a view's HTML, null when it must not be kept (no cache, or the catalogue's version could not be read).
    /// <paramref name="page"/> holds the request's path base (the links' root) and its choices of order and pages, the
    /// order normalized.
    /// </summary>
    public string? KeyOf(DataScope scope, DashboardView view, DateOnly today, string page)
    {
        if (_cache is null || view.CatalogueVersion is not { } catalogue)
        {
            return null;
        }

        var versions = string.Join(',', view.FactVersions.OrderBy(v => v.Key).Select(v => FormattableString.Invariant($"{v.Key}:{v.Value}")));
        return string.Join(
            '|',
            CultureInfo.CurrentUICulture.Name,
            CultureInfo.CurrentCulture.Name,
            scope.UnitId.ToString(CultureInfo.InvariantCulture),
            scope.Path,
            today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            FormattableString.Invariant($"{view.Directive.Id}/{view.Period.Id}/{view.Unit.Id}/{view.Agency?.Id}/{view.Level}/{view.Kind}"),
            page,
            versions,
            catalogue.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The HTML kept under <paramref name="key"/>, or null.</summary>
    public IHtmlContent? Find(string? key) =>
        key is not null && _cache is not null && _cache.TryGetValue(key, out string? html) && html is not null ? new HtmlString(html) : null;

    /// <summary>Writes <paramref name="content"/> out once, keeps it under <paramref name="key"/> (when not null) and returns it.</summary>
    public IHtmlContent Keep(string? key, IHtmlContent content)
    {
        if (key is null || _cache is null)
        {
            return content;
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, encoder);
        var html = writer.ToString();
        _cache.Set(key, html, new MemoryCacheEntryOptions { Size = 2L * html.Length });
        return new HtmlString(html);
    }

    public void Dispose() => _cache?.Dispose();
}
