using DanVan.Domain.Reporting;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DanVan.Web.Pages.Reports;

/// <summary>
/// What the partial of one report line's fields needs beside the line's form (its model, given with
/// <c>for="Input.Lines[i]"</c> so that the fields' names keep their prefix): the line and what was saved meanwhile. The
/// fields are rendered in a partial so that each <c>asp-for</c> is a plain member (compiled once, cached) rather than an
/// indexer over the whole form, which ASP.NET Core compiles anew on every use.
/// </summary>
public sealed record LineFields(ReportLine Line, ReportForm.LineForm? Saved, bool Conflict)
{
    private const string Key = "DanVan.LineFields";

    public ViewDataDictionary Into(ViewDataDictionary parent) => new(parent) { [Key] = this };

    public static LineFields Of(ViewDataDictionary viewData) => (LineFields)viewData[Key]!;
}
