using System.Text.Json;

namespace Lodestar.Portal.Infrastructure;

/// <summary>What a value of a .NET type looks like to a caller, for the 400s that say what a field or parameter should be.</summary>
internal static class ValueKinds
{
    /// <param name="quoted">Examples in JSON quotes (a body's field) or bare (a query parameter).</param>
    public static string Describe(Type type, bool quoted)
    {
        string Example(string text) => quoted ? $"\"{text}\"" : text;
        if (type.IsEnum)
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(n => Example(JsonNamingPolicy.CamelCase.ConvertName(n))));
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Int64 or TypeCode.UInt64 => "a whole number",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            TypeCode.Boolean => "true or false",
            TypeCode.String or TypeCode.Char => "a string",
            TypeCode.DateTime => "a date and time such as " + Example("2026-05-04T10:00:00Z"),
            _ when type == typeof(DateTimeOffset) => "a date and time such as " + Example("2026-05-04T10:00:00Z"),
            _ when type == typeof(DateOnly) => "a date such as " + Example("2026-05-04"),
            _ when type == typeof(Guid) => "an id such as " + Example("3f2b8c1e-…"),
            _ when JsonPathTypes.ElementType(type) is not null => "a list",
            _ => "an object",
        };
    }
}
