// The labelled cases moved into the scoring library (./run.sh eval reads them too); tests across the project keep
// their short name.
global using LabelledCase = MockInterview.Interviewing.Scoring.LabelledCase;
