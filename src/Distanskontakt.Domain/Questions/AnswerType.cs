namespace Distanskontakt.Domain.Questions;

public enum AnswerType
{
    Choice,
    YesNo,
    Date,
}
