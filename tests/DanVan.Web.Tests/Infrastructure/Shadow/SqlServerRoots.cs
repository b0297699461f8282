using System.Linq.Expressions;
using DanVan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;

namespace DanVan.Web.Tests.Infrastructure.Shadow;

/// <summary>
/// Moves a query expression of the SQLite context onto a SQL Server context: its query roots become the SQL Server
/// model's entity types, and whatever the expression reaches through closures (the context itself, its DbSets, a query
/// kept in a variable) is taken from the SQL Server context, as EF Core itself would inline it when extracting parameters.
/// </summary>
internal sealed class SqlServerRoots(SqlServerDanVanDbContext target) : ExpressionVisitor
{
    private readonly IAsyncQueryProvider _provider = target.GetService<IAsyncQueryProvider>();

    public override Expression? Visit(Expression? node)
    {
        switch (node)
        {
            case EntityQueryRootExpression root when root.GetType() == typeof(EntityQueryRootExpression):
                var entityType = target.Model.FindEntityType(root.EntityType.Name)
                    ?? throw new InvalidOperationException($"The SQL Server model has no entity type {root.EntityType.Name}.");
                return new EntityQueryRootExpression(_provider, entityType);
            case QueryRootExpression other:
                throw new NotSupportedException($"The shadow does not map query roots of type {other.GetType().Name} yet.");
            case MemberExpression or MethodCallExpression or ConstantExpression when ReachesTheDatabase(node.Type) && Closed.Is(node):
                return Evaluated(node);
            default:
                return base.Visit(node);
        }
    }

    private static bool ReachesTheDatabase(Type type) => typeof(DbContext).IsAssignableFrom(type) || typeof(IQueryable).IsAssignableFrom(type);

    private Expression Evaluated(Expression node)
    {
        var value = node is ConstantExpression constant ? constant.Value
            : Expression.Lambda<Func<object?>>(Expression.Convert(node, typeof(object))).Compile(preferInterpretation: true)();
        return value switch
        {
            SqlServerDanVanDbContext => node,
            DbContext when node.Type.IsInstanceOfType(target) => Expression.Constant(target, node.Type),
            DbContext => throw new NotSupportedException($"A {node.Type.Name} in the query cannot be the SQL Server context."),
            IQueryable { Provider: IAsyncQueryProvider } query when query.Provider != _provider => Visit(query.Expression)!,
            _ => node is ConstantExpression ? node : base.Visit(node)!,
        };
    }

    /// <summary>Whether an expression can be evaluated on its own: no lambda parameter and no query root in it.</summary>
    private sealed class Closed : ExpressionVisitor
    {
        private bool _open;

        public static bool Is(Expression node)
        {
            var visitor = new Closed();
            visitor.Visit(node);
            return !visitor._open;
        }

        public override Expression? Visit(Expression? node)
        {
            if (_open || node is ParameterExpression or QueryRootExpression)
            {
                _open |= node is not null;
                return node;
            }

            return base.Visit(node);
        }
    }
}
