using System.Text.Json;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>
/// Segment's <c>integrations</c> object of a message: <c>All</c> (default true) says whether destinations get the
/// message; a key naming the destination (any case) overrides it: <c>false</c> excludes, <c>true</c> or an object of
/// options includes. Other values are ignored. When several keys name the destination in different cases, a
/// <c>false</c> among them wins: the sender said no under some spelling, and sending cannot be taken back.
/// </summary>
public static class IntegrationsEvaluator
{
    private const string AllKey = "All";

    /// <param name="rawMessage">The message as stored (JSON object).</param>
    public static bool Allows(string rawMessage, string destinationName)
    {
        using var document = JsonDocument.Parse(rawMessage);
        return Allows(document.RootElement, destinationName);
    }

    public static bool Allows(JsonElement message, string destinationName)
    {
        if (message.ValueKind != JsonValueKind.Object
            || !message.TryGetProperty("integrations", out var integrations)
            || integrations.ValueKind != JsonValueKind.Object)
            return true;

        var name = destinationName.Trim();
        bool? all = null;
        bool? mine = null;
        foreach (var property in integrations.EnumerateObject())
        {
            var key = property.Name.Trim();
            var value = property.Value.ValueKind;
            if (string.Equals(key, AllKey, StringComparison.OrdinalIgnoreCase))
            {
                if (value is JsonValueKind.True or JsonValueKind.False)
                    all = value == JsonValueKind.True;
            }
            else if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                if (value == JsonValueKind.False)
                    mine = false;
                else if ((value is JsonValueKind.True or JsonValueKind.Object) && mine != false)
                    mine = true;
            }
        }

        return mine ?? all ?? true;
    }
}
