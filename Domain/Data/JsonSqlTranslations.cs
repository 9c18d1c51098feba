using System.Data;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lodestar.Domain.Data;

/// <summary>
/// Registers <see cref="JsonSql"/>'s functions with the SQL each provider gets. Every function here is nullable
/// without its arguments being null (a missing path, JSON null, a string TRY_CONVERT cannot read), so none declares
/// that its arguments propagate nullability: EF Core would take that to mean "null only when an argument is null" and
/// drop the <c>IS NULL</c> tests that exists, not exists and not equals rest on.
/// </summary>
internal static class JsonSqlTranslations
{
    public static void Register(ModelBuilder builder, DatabaseProvider provider)
    {
        var text = builder.HasDbFunction(typeof(JsonSql).GetMethod(nameof(JsonSql.Text))!);
        var number = builder.HasDbFunction(typeof(JsonSql).GetMethod(nameof(JsonSql.Number))!);
        if (provider == DatabaseProvider.Sqlite)
        {
            text.HasTranslation(SqliteText);
            number.HasTranslation(SqliteNumber);
        }
        else
        {
            text.HasTranslation(args => SqlServerJsonValue(args));
            number.HasTranslation(args => new SqlFunctionExpression("TRY_CONVERT",
                [new SqlFragmentExpression("float"), SqlServerJsonValue(args)], nullable: true, argumentsPropagateNullability: [false, false],
                typeof(double), new DoubleTypeMapping("float", DbType.Double)));
        }
    }

    private static readonly StringTypeMapping SqliteString = new("TEXT", DbType.String);
    private static readonly DoubleTypeMapping SqliteReal = new("REAL", DbType.Double);

    private static SqlExpression SqliteText(IReadOnlyList<SqlExpression> args)
    {
        var extract = Function("json_extract", args, typeof(string), SqliteString);
        return new CaseExpression(JsonType(args),
        [
            new CaseWhenClause(Constant("true"), Constant("true")),
            new CaseWhenClause(Constant("false"), Constant("false")),
            new CaseWhenClause(Constant("object"), Null()),
            new CaseWhenClause(Constant("array"), Null()),
        ], new SqlUnaryExpression(ExpressionType.Convert, extract, typeof(string), SqliteString));
    }

    private static SqlExpression SqliteNumber(IReadOnlyList<SqlExpression> args)
    {
        var extract = Function("json_extract", args, typeof(double), SqliteReal);
        return new CaseExpression(JsonType(args),
        [
            new CaseWhenClause(Constant("integer"), extract),
            new CaseWhenClause(Constant("real"), extract),
        ], new SqlConstantExpression(null, typeof(double), SqliteReal));
    }

    private static SqlFunctionExpression JsonType(IReadOnlyList<SqlExpression> args) => Function("json_type", args, typeof(string), SqliteString);

    private static SqlFunctionExpression SqlServerJsonValue(IReadOnlyList<SqlExpression> args) =>
        Function("JSON_VALUE", args, typeof(string), new StringTypeMapping("nvarchar(4000)", DbType.String, unicode: true, size: 4000));

    private static SqlFunctionExpression Function(string name, IReadOnlyList<SqlExpression> args, Type type, RelationalTypeMapping mapping) =>
        new(name, args, nullable: true, argumentsPropagateNullability: [false, false], type, mapping);

    private static SqlConstantExpression Constant(string value) => new(value, typeof(string), SqliteString);

    private static SqlConstantExpression Null() => new(null, typeof(string), SqliteString);
}
