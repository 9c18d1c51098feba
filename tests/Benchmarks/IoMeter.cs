using System.Globalization;

namespace Lodestar.Benchmarks;

/// <summary>
/// A process's I/O counters from /proc/&lt;pid&gt;/io: bytes passed to read/write calls (files and sockets) and bytes
/// sent to the block device. Shows the database's write amplification per stored message.
/// </summary>
public sealed record IoMeter(long ReadCalls, long WriteCalls, long DeviceWrites)
{
    public static IoMeter? Read(int processId)
    {
        var path = $"/proc/{processId}/io";
        try
        {
            var values = File.ReadLines(path)
                .Select(line => line.Split(':', 2))
                .ToDictionary(parts => parts[0].Trim(), parts => long.Parse(parts[1].Trim(), CultureInfo.InvariantCulture));
            return new IoMeter(values["rchar"], values["wchar"], values["write_bytes"]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or KeyNotFoundException)
        {
            return null;
        }
    }

    public static IoMeter? operator -(IoMeter? after, IoMeter? before) =>
        after is null || before is null
            ? null
            : new IoMeter(after.ReadCalls - before.ReadCalls, after.WriteCalls - before.WriteCalls, after.DeviceWrites - before.DeviceWrites);

    /// <summary>"read 1.2 GB, written 3.4 GB (2.9 GB to disk) = 12.3 KB written per message".</summary>
    public string Describe(long messages) =>
        $"read() {ReadCalls / 1e9:N2} GB, write() {WriteCalls / 1e9:N2} GB ({DeviceWrites / 1e9:N2} GB reached the disk) " +
        $"= {WriteCalls / 1024.0 / Math.Max(1, messages):N1} KB written per message";
}
