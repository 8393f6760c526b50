#pragma once

#include "recognizeddocument.h"
#include "validation/validationcontext.h"

namespace ra {

// What every provider's results go through before a person sees them: the type inferred
// where no provider said it (marked as inferred), then every single-invoice validation rule.
// The local provider does this itself; cloud results get it here.
void validateDocument(RecognizedDocument &document, const ValidationContext &context);

} // namespace ra
