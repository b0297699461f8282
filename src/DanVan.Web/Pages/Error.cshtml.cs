using System.Diagnostics;
using System.Globalization;
using DanVan.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Pages;

/// <summary>
/// The friendly page for 400, 403, 404, 429, 500 and other errors; it never shows exception details. It answers every
/// method (the status-code pages re-execute a refused POST as a POST) with the status it describes, and binds nothing,
/// so the body of a request refused as malformed is never read again.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
[ErrorModel.DescribesTheError]
public sealed class ErrorModel : PageModel
{
    public int ErrorStatusCode { get; private set; }

    public string? RequestId { get; private set; }

    /// <summary>
    /// 500 after an exception (503 when the database was busy, see <see cref="DatabaseBusy"/>); the original status when the status-code pages re-execute the request; otherwise the
    /// <c>code</c> of the query (400–599); and 404 for the page opened by itself, which describes no error.
    /// </summary>
    public static int StatusOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IExceptionHandlerFeature>() is { } failure)
        {
            return DatabaseBusy.StatusCodeOf(failure.Error);
        }

        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { OriginalStatusCode: >= 400 } reExecuted)
        {
            return reExecuted.OriginalStatusCode;
        }

        return int.TryParse(context.Request.Query["code"], NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 400 and < 600
            ? code
            : StatusCodes.Status404NotFound;
    }

    /// <summary>
    /// Describes the error for every method, with or without a handler (the page has none). A filter rather than an
    /// override of <see cref="PageModel.OnPageHandlerSelected"/>, which Razor Pages would also list as a handler.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class)]
    internal sealed class DescribesTheErrorAttribute : Attribute, IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
            if (context.HandlerInstance is ErrorModel model)
            {
                model.ErrorStatusCode = StatusOf(context.HttpContext);
                context.HttpContext.Response.StatusCode = model.ErrorStatusCode;
                if (model.ErrorStatusCode == StatusCodes.Status503ServiceUnavailable)
                {
                    context.HttpContext.Response.Headers.RetryAfter = DatabaseBusy.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                }

                model.RequestId = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            }
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
