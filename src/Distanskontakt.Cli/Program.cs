using Distanskontakt.Cli;

return CliApp.Run(args, Console.Out);
