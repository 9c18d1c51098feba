using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lodestar.Portal.Infrastructure;

/// <summary>
/// The framework's refusals of a request it could not bind, reworded for the caller: they name C# parameters
/// ("Failed to bind parameter "int take" from "many"", "Implicit body inferred for parameter …"), not what to send.
/// </summary>
internal static partial class BadRequestErrors
{
    /// <param name="bodyType">The type the endpoint reads its body as, when known.</param>
    public static string Describe(BadHttpRequestException exception, Type? bodyType)
    {
        if (exception.InnerException is JsonException json)
            return JsonBodyErrors.Describe(json, bodyType);
        var message = exception.Message;
        if (message.StartsWith("Implicit body inferred", StringComparison.Ordinal) || NotFromBody().IsMatch(message))
            return JsonBodyErrors.EmptyBody;
        var bind = BindFailed().Match(message);
        if (bind.Success)
            return $"The parameter {bind.Groups["name"].Value} should be {Expected(bind.Groups["type"].Value)}; \"{bind.Groups["value"].Value}\" is not.";
        return message;
    }

    // The framework writes a parameter's type as C# does ("int", "Nullable<DateTime>").
    private static readonly Dictionary<string, Type> Keywords = new(StringComparer.Ordinal)
    {
        ["int"] = typeof(int), ["long"] = typeof(long), ["short"] = typeof(short), ["byte"] = typeof(byte),
        ["uint"] = typeof(uint), ["ulong"] = typeof(ulong), ["ushort"] = typeof(ushort),
        ["double"] = typeof(double), ["decimal"] = typeof(decimal), ["float"] = typeof(float), ["bool"] = typeof(bool),
        ["DateTime"] = typeof(DateTime), ["DateTimeOffset"] = typeof(DateTimeOffset), ["DateOnly"] = typeof(DateOnly), ["Guid"] = typeof(Guid),
    };

    private static string Expected(string csharpType) =>
        Keywords.TryGetValue(Unwrapped(csharpType), out var type) ? ValueKinds.Describe(type, quoted: false) : "a value of another kind";

    /// <summary>"int?", "Nullable<int>" and "Nullable`1" spellings of an optional value → "int".</summary>
    private static string Unwrapped(string type)
    {
        type = type.TrimEnd('?');
        foreach (var prefix in new[] { "Nullable<", "System.Nullable<" })
            if (type.StartsWith(prefix, StringComparison.Ordinal) && type.EndsWith('>'))
                return type[prefix.Length..^1];
        return type;
    }

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" from \"(?<value>.*)\"\\.$")]
    private static partial Regex BindFailed();

    [GeneratedRegex("^Required parameter \"[^\"]+\" was not provided from body\\.$")]
    private static partial Regex NotFromBody();
}
