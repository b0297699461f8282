using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Pages.Reports;

/// <summary>
/// A body over the form limits cannot be read, so the antiforgery check fails before any handler runs; such an upload is
/// sent back to the page (GET) with <see cref="TempDataKey"/> set, for the "file too large" message instead of the 400 page.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OversizedUploadAttribute : Attribute, IAsyncAlwaysRunResultFilter
{
    public const string TempDataKey = "EvidenceOversized";

    public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        var limit = http.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value.MultipartBodyLengthLimit;
        if (context.Result is IAntiforgeryValidationFailedResult && http.Request.ContentLength > limit)
        {
            var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
            tempData[TempDataKey] = true;
            tempData.Save();
            context.Result = new LocalRedirectResult(http.Request.PathBase + http.Request.Path);
        }

        return next();
    }
}
