using System.Diagnostics;

namespace Lodestar.Benchmarks;

/// <summary>
/// The portal as a child process (<c>dotnet Lodestar.Portal.dll --urls ...</c>) from its build output folder, so its
/// CPU time is accounted apart from the load generator's. Its console output goes to a log file.
/// </summary>
public sealed class PortalProcess : IPortalHost
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private PortalProcess(Process process, StreamWriter log, PortalSettings settings, string logFile)
    {
        _process = process;
        _log = log;
        Settings = settings;
        LogFile = logFile;
    }

    public PortalSettings Settings { get; }

    public string LogFile { get; }

    public string Description => $"child process (pid {_process.Id})";

    public Uri BaseAddress => Settings.BaseAddress;

    public bool RunsInThisProcess => false;

    public int ProcessId => _process.Id;

    public TimeSpan? ServerCpuTime
    {
        get
        {
            _process.Refresh();
            return _process.HasExited ? null : _process.TotalProcessorTime;
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the process; it is not ready yet (see <see cref="HealthProbe"/>).</summary>
    public static PortalProcess Start(PortalSettings settings, string logFile)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.PortalOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepoPaths.PortalDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(settings.BaseAddress.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in settings.EnvironmentVariables())
            start.Environment[key] = value;

        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new PortalProcess(process, log, settings, logFile);
    }

    /// <summary>Starts the portal and waits until /health answers 200.</summary>
    public static async Task<PortalProcess> StartReadyAsync(PortalSettings settings, string logFile, TimeSpan timeout)
    {
        var portal = Start(settings, logFile);
        try
        {
            await HealthProbe.WaitForOkAsync(portal, timeout);
            return portal;
        }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }
    }

    public string LogTail(int lines = 20) =>
        string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(lines));

    /// <summary>Asks the portal to stop (SIGTERM, graceful) and kills it if it has not exited after 15 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await term.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        lock (_log)
            _log.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
        {
            if (log.BaseStream.CanWrite)
                log.WriteLine(line);
        }
    }
}
