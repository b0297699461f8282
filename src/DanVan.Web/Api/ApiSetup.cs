using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using DanVan.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace DanVan.Web.Api;

/// <summary>
/// The read API at <c>/api/v1</c>: its own bearer-key scheme (never the sign-in cookie), JSON with Vietnamese text left
/// readable, RFC 9457 problem details for every error, an OpenAPI document and its browsable reference for administrators.
/// No CORS policy is added: browsers on other origins cannot read it.
/// </summary>
public static class ApiSetup
{
    public const string Prefix = "/api/v1";
    public const string Policy = "ApiClient";
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/scalar";

    public static IServiceCollection AddDanVanApi(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(Policy, new AuthorizationPolicyBuilder(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().Build());
        services.AddProblemDetails();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddScoped<ApiCallAudit>();
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith(Prefix[1..] + "/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo { Title = "DanVan read API", Version = "v1", Description = "Directive 07-CT/TU: structure, figures and accepted reports, read-only. See docs/api.md." };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    ["bearer"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "An API key dvk_… created by an administrator." },
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>Whether a request is for the API: its errors are problem details, never the error page.</summary>
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static WebApplication MapDanVanApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).RequireAuthorization(Policy).AddEndpointFilter<ApiCallAudit>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        StructureEndpoints.Map(api);
        FigureEndpoints.Map(api);
        AcceptedReportEndpoints.Map(api);

        // An address under the API that names no endpoint (a route value of the wrong type, a typo) is a 404 problem for
        // the client, not the sign-in page the pages' fallback would redirect to.
        api.MapFallback("{**path}", () => ApiProblems.NotFound("No API endpoint has this address; see /openapi/v1.json."))
            .ExcludeFromDescription();
        app.MapOpenApi(DocumentPath).RequireAuthorization(Policies.Administration);
        app.MapScalarApiReference(ReferencePath, options => options
                .WithTitle("DanVan API")
                .WithOpenApiRoutePattern(DocumentPath)
                .DisableDefaultFonts())
            .RequireAuthorization(Policies.Administration);
        return app;
    }
}
