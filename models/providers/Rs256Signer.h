#pragma once

#include "core/Result.h"

#include <QByteArray>

namespace tl::providers {

// RSASSA-PKCS1-v1_5 with SHA-256 ("RS256" in a JWT) over OpenSSL's libcrypto, for Google
// service-account sign-in. The private key is a PEM block (PKCS#8 "BEGIN PRIVATE KEY" as in a
// Google key file, or PKCS#1 "BEGIN RSA PRIVATE KEY"); it is only read, never kept.
class Rs256Signer
{
public:
    static Result<QByteArray> sign(const QByteArray &pemPrivateKey, const QByteArray &data);
    // Whether `signature` is `data` signed by the key of `pemPublicKey` (tests, fake servers).
    static bool verify(const QByteArray &pemPublicKey, const QByteArray &data,
                       const QByteArray &signature);
};

} // namespace tl::providers
