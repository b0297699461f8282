using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Infrastructure.Shadow;

// QueryCompiler is internal to EF Core (EF1001), but it is the one place every query expression of a context passes
// through (Execute, ExecuteAsync, ExecuteUpdate and ExecuteDelete) before translation; this test-only subclass only adds
// a call before handing the same expression to EF Core unchanged.
#pragma warning disable EF1001

/// <summary>
/// The SQLite context's query compiler in the shadowed portal: each query is first translated and run on the
/// <see cref="SqlServerShadow"/> (no server, nothing returned to the portal), then run on SQLite as always.
/// </summary>
public sealed class ShadowQueryCompiler(
    IQueryContextFactory queryContextFactory,
    ICompiledQueryCache compiledQueryCache,
    ICompiledQueryCacheKeyGenerator compiledQueryCacheKeyGenerator,
    IDatabase database,
    IDiagnosticsLogger<DbLoggerCategory.Query> logger,
    ICurrentDbContext currentContext,
    IEvaluatableExpressionFilter evaluatableExpressionFilter,
    IModel model,
    IDbContextOptions options)
    : QueryCompiler(queryContextFactory, compiledQueryCache, compiledQueryCacheKeyGenerator, database, logger, currentContext, evaluatableExpressionFilter, model)
{
    private readonly IServiceProvider? _application = options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;

    public override TResult Execute<TResult>(Expression query)
    {
        Shadow?.Translate<TResult>(query, async: false, Origin);
        return base.Execute<TResult>(query);
    }

    public override TResult ExecuteAsync<TResult>(Expression query, CancellationToken cancellationToken = default)
    {
        Shadow?.Translate<TResult>(query, async: true, Origin);
        return base.ExecuteAsync<TResult>(query, cancellationToken);
    }

    /// <summary>The portal has no compiled queries; one added later is recorded as not shadowed, so that the shadow is extended with it.</summary>
    public override Func<QueryContext, TResult> CreateCompiledQuery<TResult>(Expression query)
    {
        Shadow?.NotShadowed(query, "a compiled query (EF.CompileQuery)", Origin);
        return base.CreateCompiledQuery<TResult>(query);
    }

    public override Func<QueryContext, TResult> CreateCompiledAsyncQuery<TResult>(Expression query)
    {
        Shadow?.NotShadowed(query, "a compiled query (EF.CompileAsyncQuery)", Origin);
        return base.CreateCompiledAsyncQuery<TResult>(query);
    }

    private SqlServerShadow? Shadow => _application?.GetService<SqlServerShadow>();

    /// <summary>The request that ran the query ("GET /Dashboard"), else the shadow's label (a job a test runs), else start-up.</summary>
    private string Origin =>
        _application?.GetService<IHttpContextAccessor>()?.HttpContext?.Request is { } request ? $"{request.Method} {request.Path}"
        : SqlServerShadow.Label ?? "start-up";
}
