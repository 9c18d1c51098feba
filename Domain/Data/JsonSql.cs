namespace Lodestar.Domain.Data;

/// <summary>
/// JSON reads inside LINQ queries, translated per provider (<see cref="JsonSqlTranslations"/>): SQLite's
/// <c>json_type</c>/<c>json_extract</c>, SQL Server's <c>JSON_VALUE</c>. Not callable in memory.
/// </summary>
public static class JsonSql
{
    /// <summary>
    /// The scalar at <paramref name="path"/> as text: strings as they are, numbers as written, booleans as
    /// <c>true</c>/<c>false</c>; null for JSON null, objects, arrays and missing paths.
    /// </summary>
    public static string? Text(string json, string path) => throw InMemory();

    /// <summary>
    /// The number at <paramref name="path"/>, or null. SQLite counts JSON numbers only; SQL Server also reads numeric
    /// strings (its <c>JSON_VALUE</c> does not say which it was) — docs/segments.md.
    /// </summary>
    public static double? Number(string json, string path) => throw InMemory();

    private static InvalidOperationException InMemory() => new("JsonSql functions run only inside database queries.");
}
