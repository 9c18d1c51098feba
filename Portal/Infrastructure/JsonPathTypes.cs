using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Lodestar.Portal.Infrastructure;

/// <summary>
/// The .NET type a JSON path (<c>$.classes[0].days</c>) reaches in a request body's type, read the way the web JSON
/// options read it: property names camel-cased or as <see cref="JsonPropertyNameAttribute"/> says, any case.
/// </summary>
internal static partial class JsonPathTypes
{
    /// <returns>The type at <paramref name="path"/>, nullable unwrapped; null when the path leaves the type.</returns>
    public static Type? Resolve(Type root, string path)
    {
        var type = root;
        foreach (Match step in Steps().Matches(path))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            type = step.Groups["index"].Success ? ElementType(type) : Property(type, step.Groups["name"].Success ? step.Groups["name"].Value : step.Groups["quoted"].Value);
            if (type is null)
                return null;
        }

        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private static Type? Property(Type type, string name) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .FirstOrDefault(p => string.Equals(JsonName(p), name, StringComparison.OrdinalIgnoreCase))?.PropertyType;

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    public static Type? ElementType(Type type)
    {
        if (type.IsArray)
            return type.GetElementType();
        if (type == typeof(string))
            return null;
        return type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    // .name, ['quoted name'] or [index], as System.Text.Json writes paths.
    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Steps();
}
