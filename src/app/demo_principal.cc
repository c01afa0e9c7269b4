#include "app/demo_principal.h"

#include "app/demo_data.h"

namespace helder::app {

http::Authenticator demo_authenticator(Store& store, bool demo) {
  std::optional<Principal> principal;
  if (demo) {
    if (auto user = store.find_user(kDemoCaseworker)) {
      principal = Principal{user->id, user->organisation_id, user->username};
    }
  }
  return [principal](const http::Request&) -> Result<Principal> {
    if (principal) return *principal;
    return fail({ErrorCode::unauthenticated,
                 "Inloggen is nog niet beschikbaar; start helder met --demo om als "
                 "demo-uitvoerder te werken.",
                 {}});
  };
}

}  // namespace helder::app
