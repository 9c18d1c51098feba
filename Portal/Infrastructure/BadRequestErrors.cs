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

    private static string Expected(string csharpType) => Unwrapped(csharpType) switch
    {
        "int" or "long" or "short" or "byte" or "uint" or "ulong" or "ushort" => "a whole number",
        "double" or "decimal" or "float" => "a number",
        "bool" => "true or false",
        "DateTime" or "DateTimeOffset" => "a date and time such as 2026-05-04T10:00:00Z",
        "DateOnly" => "a date such as 2026-05-04",
        "Guid" => "an id such as 3f2b8c1e-…",
        _ => "a value of another kind",
    };

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
