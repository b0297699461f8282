using Microsoft.AspNetCore.Mvc;

namespace DanVan.Web.Api;

/// <summary>RFC 9457 problem details for the API, written by the portal's problem details service (application/problem+json).</summary>
public static class ApiProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }

    /// <summary>400 with the refused parameters and why.</summary>
    public static IResult BadRequest(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: "Some query parameters are not valid: see errors.");

    public static IResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound);
}
