using System.Diagnostics;
using System.Globalization;
using Distanskontakt.Infrastructure.Seed;

// dotnet run -c Release --project bench/Distanskontakt.Seed -- seed <file.db> <rows>
// dotnet run -c Release --project bench/Distanskontakt.Seed -- time <file.db>
if (args is ["seed", var file, var count])
{
    var rows = int.Parse(count, CultureInfo.InvariantCulture);
    var watch = Stopwatch.StartNew();
    await LogSeeder.SeedAsync(file, rows);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{rows:N0} rader i {file} på {watch.Elapsed.TotalSeconds:F1} s, {new FileInfo(file).Length / 1024.0 / 1024.0:F0} MB"));
    return 0;
}

if (args is ["time", var db])
{
    await QueryTimer.RunAsync(db);
    return 0;
}

Console.Error.WriteLine("Användning: seed <fil.db> <antal rader> | time <fil.db>");
return 2;
